import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { InvalidInput, StoreError } from '../../src/model/errors.ts';
import { openStore } from '../../src/store/open-store.ts';
import { MIGRATIONS } from '../../src/store/postgres/migrations/index.ts';
import { postgresDialect } from '../../src/store/postgres/postgres-dialect.ts';
import { expectUpgradeFromVersion1 } from './upgrade-check.ts';
import { extractionA, makeDoc, RUN, TEXT_A } from './fixtures.ts';
import type { TestPostgres } from './postgres-server.ts';

async function migrationRows(url: string): Promise<number[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
  } finally {
    await client.end();
  }
}

/** Opening a PostgreSQL store: URLs, connection errors, migrations. */
export function postgresOpenTests(server: () => TestPostgres): void {
  describe('postgres: opening and migrating', () => {
    it('upgrades a version 1 database in place: documents and facts kept, identity by path from then on', async () => {
      const url = await server().freshDatabaseUrl();
      const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }) });
      await expectUpgradeFromVersion1(db, postgresDialect, MIGRATIONS[0]!, () => openStore(url));
      expect(await migrationRows(url)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('migrates once: reopening keeps data and schema_migrations', async () => {
      const url = await server().freshDatabaseUrl();
      const first = await openStore(url);
      expect(first.dialect).toBe('postgres');
      await first.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const stats = await first.stats();
      await first.close();

      for (let i = 0; i < 2; i++) {
        const again = await openStore(url.replace(/^postgres:/, 'postgresql:'));
        expect(await again.stats()).toEqual(stats);
        expect((await again.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN)).status).toBe('unchanged');
        expect((await again.search('helicopters', { limit: 5, offset: 0 })).sentences.total).toBe(1);
        await again.close();
      }
      expect(await migrationRows(url)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('lets several processes open a fresh database at once: one of them migrates it', async () => {
      const url = await server().freshDatabaseUrl();
      const stores = await Promise.all([openStore(url), openStore(url), openStore(url)]);
      expect(await Promise.all(stores.map(async (s) => (await s.stats()).documents))).toEqual([0, 0, 0]);
      await Promise.all(stores.map((s) => s.close()));
      expect(await migrationRows(url)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    });

    it('with create: false, refuses a database without atlas tables and leaves it untouched', async () => {
      const url = await server().freshDatabaseUrl();
      await expect(openStore(url, { create: false })).rejects.toThrow(InvalidInput);
      await expect(migrationRows(url)).rejects.toThrow(/schema_migrations" does not exist/);
      await (await openStore(url)).close();
      const reading = await openStore(url, { create: false });
      expect((await reading.stats()).documents).toBe(0);
      await reading.close();
    });

    it('refuses malformed URLs before connecting, saying what is expected', async () => {
      for (const url of ['postgres://', 'postgres://localhost', 'postgres://localhost:99999/atlas', 'postgresql://u:secret@localhost:port/atlas']) {
        const err = await openStore(url).catch((e: unknown) => e);
        expect(err, url).toBeInstanceOf(InvalidInput);
        expect((err as Error).message).toMatch(/postgres:\/\/USER\[:PASSWORD\]@HOST\[:PORT\]\/DATABASE/);
        expect((err as Error).message).not.toContain('secret');
      }
    });

    it('says the server is unreachable, naming the host and port to check', async () => {
      // Nothing listens on port 1.
      const err = await openStore('postgres://atlas:secret@127.0.0.1:1/atlas').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(/cannot reach the PostgreSQL server for atlas@127\.0\.0\.1:1\/atlas .*check that the server is running/);
      expect((err as Error).message).not.toContain('secret');
    });

    it('says when the database does not exist', async () => {
      const err = await openStore(`postgres://postgres@127.0.0.1:${server().port}/no_such_atlas`).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(/database "no_such_atlas" does not exist.*createdb no_such_atlas/);
    });
  });
}
