import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { AtlasStore } from '../store.ts';
import { openMigrated } from '../shared/open-migrated.ts';
import type { AtlasDb } from '../shared/schema.ts';
import { connectError } from './connect-error.ts';
import { parsePostgresUrl } from './connection-url.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { postgresDialect } from './postgres-dialect.ts';

/** How long to wait for a connection before saying the server is unreachable (ms). */
const CONNECT_TIMEOUT_MS = 10_000;

/** Connects to the PostgreSQL database a postgres:// URL names and brings its schema up to date. */
export async function openPostgresStore(url: string): Promise<AtlasStore> {
  const target = parsePostgresUrl(url);
  const pool = new pg.Pool({ connectionString: target.connectionString, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // An idle connection the server drops must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    (await pool.connect()).release();
  } catch (e) {
    await pool.end();
    throw connectError(e, target);
  }
  const db = new Kysely<AtlasDb>({ dialect: new PostgresDialect({ pool }) });
  return openMigrated(db, postgresDialect, MIGRATIONS);
}
