import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * better-sqlite3 as kysely's SqliteDialect sees it, with prepared statements kept by their SQL:
 * kysely prepares every query anew, and preparing cost about as much as running the statements
 * of an ingest. The most recently used `size` statements are kept (multi-row inserts make one SQL
 * text per row count). A statement some caller is still iterating (kysely's stream()) is never
 * handed out twice: that one is prepared fresh.
 */
export function withStatementCache(sqlite: Database.Database, size = 1000): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      const hit = cache.get(sql);
      if (hit && !hit.busy) {
        // Most recently used last: Map keeps insertion order.
        cache.delete(sql);
        cache.set(sql, hit);
        return hit;
      }
      const stmt = sqlite.prepare(sql);
      if (!hit) {
        cache.set(sql, stmt);
        if (cache.size > size) cache.delete(cache.keys().next().value!);
      }
      return stmt;
    },
  };
}
