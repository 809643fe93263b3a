import { CompiledQuery, sql, type Kysely } from 'kysely';
import type { AtlasDb } from '../shared/schema.ts';
import type { IdTable, StoreDialect } from '../shared/store-dialect.ts';
import { fts5TextIndex } from './fts5-text-index.ts';

/**
 * Runs `fn` in a BEGIN IMMEDIATE transaction on the store's single connection. IMMEDIATE takes the
 * write lock up front, so a read-then-write transaction waits on busy_timeout instead of failing
 * when another process writes concurrently (a deferred transaction cannot upgrade in WAL mode).
 */
async function inWriteTransaction<T>(db: Kysely<AtlasDb>, fn: (trx: Kysely<AtlasDb>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return result;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn);
      throw e;
    }
  });
}

// A pragma, so outside any transaction (SQLite ignores it inside one); the store has one connection.
async function withoutForeignKeys<T>(db: Kysely<AtlasDb>, fn: () => Promise<T>): Promise<T> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    return await fn();
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}

/**
 * AUTOINCREMENT gives a row one more than the largest id the table ever had, which sqlite_sequence
 * records (and raises itself when a row comes with a larger id): under the write lock, the next
 * rows take seq + 1, seq + 2, ...
 */
async function reserveIds(db: Kysely<AtlasDb>, table: IdTable, count: number): Promise<number[]> {
  if (count === 0) return [];
  const row = await db.executeQuery<{ seq: number }>(CompiledQuery.raw('SELECT seq FROM sqlite_sequence WHERE name = ?', [table]));
  const seq = Number(row.rows[0]?.seq ?? 0);
  return Array.from({ length: count }, (_, i) => seq + 1 + i);
}

export const sqliteDialect: StoreDialect = {
  name: 'sqlite', inWriteTransaction, text: fts5TextIndex, withoutForeignKeys, reserveIds, param: () => '?', cachesStatements: true,
};
