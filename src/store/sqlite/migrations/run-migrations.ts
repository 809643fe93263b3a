import { sql, type Kysely } from 'kysely';
import { StoreError } from '../../../model/errors.ts';
import type { AtlasDb } from '../schema.ts';
import type { Migration } from './migration.ts';
import { MIGRATIONS } from './index.ts';

/** Applies the migrations not yet recorded in schema_migrations; returns the versions it applied. */
export async function runMigrations(db: Kysely<AtlasDb>, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  await db.schema.createTable('schema_migrations').ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();
  const done = new Set((await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...done);
  if (newest > known) {
    throw new StoreError(`atlas: the database has schema version ${newest}, newer than this atlas knows (${known}); upgrade the atlas`);
  }
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await db.connection().execute(async (conn) => {
      // IMMEDIATE: two processes opening a fresh file must not both run the same migration.
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const again = await conn.selectFrom('schema_migrations').select('version').where('version', '=', m.version).executeTakeFirst();
        if (!again) {
          await m.up(conn as Kysely<any>);
          await conn.insertInto('schema_migrations')
            .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() })
            .execute();
          applied.push(m.version);
        }
        await sql`COMMIT`.execute(conn);
      } catch (e) {
        await sql`ROLLBACK`.execute(conn);
        throw new StoreError(`atlas: migration ${m.version} (${m.name}) failed: ${(e as Error).message}`, e);
      }
    });
  }
  return applied;
}
