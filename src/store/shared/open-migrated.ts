import type { Kysely } from 'kysely';
import type { AtlasStore } from '../store.ts';
import { KyselyStore } from './kysely-store.ts';
import type { Migration } from './migrations/migration.ts';
import { runMigrations } from './migrations/run-migrations.ts';
import type { AtlasDb } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';

/** Brings a freshly connected database's schema up to date and wraps it as a store; closes it if that fails. */
export async function openMigrated(db: Kysely<AtlasDb>, dialect: StoreDialect, migrations: readonly Migration[]): Promise<AtlasStore> {
  try {
    await runMigrations(db, dialect, migrations);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return new KyselyStore(db, dialect);
}
