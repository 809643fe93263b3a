import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { InvalidInput } from '../../model/errors.ts';
import type { AtlasStore } from '../store.ts';
import { openMigrated } from '../shared/open-migrated.ts';
import type { AtlasDb } from '../shared/schema.ts';
import { connectError } from './connect-error.ts';
import { parsePostgresUrl } from './connection-url.ts';
import { MIGRATIONS } from './migrations/index.ts';
import { postgresDialect } from './postgres-dialect.ts';

/** How long to wait for a connection before saying the server is unreachable (ms). */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Connects to the PostgreSQL database a postgres:// URL names and brings its schema up to date;
 * with `create: false`, a database without atlas tables is refused rather than set up.
 */
export async function openPostgresStore(url: string, opts: { create: boolean } = { create: true }): Promise<AtlasStore> {
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
  if (!opts.create && (await pool.query("SELECT to_regclass('schema_migrations') AS t")).rows[0]?.t === null) {
    await pool.end();
    throw new InvalidInput(`atlas: the PostgreSQL database ${target.label} has no atlas tables yet; run \`atlas ingest PATH --db URL\` first`);
  }
  const db = new Kysely<AtlasDb>({ dialect: new PostgresDialect({ pool }) });
  return openMigrated(db, postgresDialect, MIGRATIONS);
}
