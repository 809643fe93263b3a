import type { Kysely } from 'kysely';
import { StoreError } from '../../../model/errors.ts';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import type { Migration } from './migration.ts';

/**
 * Applies the migrations not yet recorded in schema_migrations; returns the versions it applied.
 * Each step runs in the dialect's write transaction, so two processes opening a fresh database
 * never both run the same migration (PostgreSQL's DDL is transactional like SQLite's).
 */
export async function runMigrations(db: Kysely<AtlasDb>, dialect: StoreDialect, migrations: readonly Migration[]): Promise<number[]> {
  await dialect.inWriteTransaction(db, (trx) => trx.schema.createTable('schema_migrations').ifNotExists()
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute());
  const done = new Set((await db.selectFrom('schema_migrations').select('version').execute()).map((r) => r.version));
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const newest = Math.max(0, ...done);
  if (newest > known) {
    throw new StoreError(`atlas: the database has schema version ${newest}, newer than this atlas knows (${known}); upgrade the atlas`);
  }
  const applied: number[] = [];
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    const step = () => dialect.inWriteTransaction(db, async (trx) => {
      const again = await trx.selectFrom('schema_migrations').select('version').where('version', '=', m.version).executeTakeFirst();
      if (again) return;
      await m.up(trx as Kysely<any>);
      await trx.insertInto('schema_migrations')
        .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() })
        .execute();
      applied.push(m.version);
    });
    try {
      if (m.withoutForeignKeys && dialect.withoutForeignKeys) await dialect.withoutForeignKeys(db, step);
      else await step();
    } catch (e) {
      throw new StoreError(`atlas: migration ${m.version} (${m.name}) failed: ${(e as Error).message}`, e);
    }
  }
  return applied;
}
