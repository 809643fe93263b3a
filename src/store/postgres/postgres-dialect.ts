import { sql, type Kysely } from 'kysely';
import type { AtlasDb } from '../shared/schema.ts';
import type { StoreDialect } from '../shared/store-dialect.ts';
import { tsvectorTextIndex } from './tsvector-text-index.ts';

/** The advisory lock every atlas writer takes: "ATLS" as a number, so other applications' locks do not collide. */
const WRITER_LOCK = 0x41544c53;

/**
 * A transaction holding the atlas's writer lock until it ends, so writers run one at a time as in
 * SQLite (entity resolution reads, then writes: two concurrent puts must not both create an
 * entity). Readers are never blocked.
 */
async function inWriteTransaction<T>(db: Kysely<AtlasDb>, fn: (trx: Kysely<AtlasDb>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${WRITER_LOCK})`.execute(trx);
    return fn(trx);
  });
}

export const postgresDialect: StoreDialect = { name: 'postgres', inWriteTransaction, text: tsvectorTextIndex };
