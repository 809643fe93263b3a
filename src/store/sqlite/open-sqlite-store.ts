import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { StoreError } from '../../model/errors.ts';
import type { AtlasStore } from '../store.ts';
import { openMigrated } from '../shared/open-migrated.ts';
import type { AtlasDb } from '../shared/schema.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { sqliteDialect } from './sqlite-dialect.ts';
import { withStatementCache } from './statement-cache.ts';

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT_MS = 10_000;
/** WAL pages (4 KB) written before SQLite copies them into the database file. */
const WAL_CHECKPOINT_PAGES = 10_000;

/** Opens (creating if needed) the SQLite file at `path` and brings its schema up to date. */
export async function openSqliteStore(path: string): Promise<AtlasStore> {
  let sqlite: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    sqlite = new Database(path);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // Each document is one transaction: at the default (1,000 pages) every few dozen documents paid a
    // checkpoint with its fsyncs, about half of an ingest's commit time. The WAL is checkpointed at close.
    sqlite.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  } catch (e) {
    throw new StoreError(`atlas: cannot open the SQLite database ${path}: ${(e as Error).message}`, e);
  }
  const db = new Kysely<AtlasDb>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return openMigrated(db, sqliteDialect, MIGRATIONS);
}
