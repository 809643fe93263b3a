import { sql, type Kysely } from 'kysely';
import type { AtlasDb } from '../shared/schema.ts';
import type { IdTable, StoreDialect } from '../shared/store-dialect.ts';
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

/** Takes the ids from the table's sequence, as inserting the rows would (in ascending order, as nextval hands them out). */
async function reserveIds(db: Kysely<AtlasDb>, table: IdTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await sql<{ id: number }>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id'))::integer AS id FROM generate_series(1, ${count}) ORDER BY 1`.execute(db);
  return rows.rows.map((r) => r.id);
}

export const postgresDialect: StoreDialect = {
  name: 'postgres', inWriteTransaction, text: tsvectorTextIndex, reserveIds, param: (i) => `$${i + 1}`, cachesStatements: false,
};
