import { CompiledQuery, type Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';

/**
 * Rows per statement, largest first, where statements are cached: any row count is written with a
 * few statements of these sizes, so each table has four SQL texts (prepared once), not one per
 * row count. 64 rows of the widest table stay far under SQLite's limit on bound parameters.
 */
const SIZES = [64, 16, 4, 1] as const;
// Elsewhere (PostgreSQL) each statement is a round trip: as many rows as 30,000 parameters allow.
const MAX_PARAMS = 30_000;

const texts = new Map<string, string>();

type Params = Pick<StoreDialect, 'name' | 'param' | 'cachesStatements'>;

function insertText(dialect: Params, table: string, columns: readonly string[], rows: number, tail: string): string {
  const key = `${dialect.name}\0${table}\0${columns.join(',')}\0${rows}\0${tail}`;
  let text = texts.get(key);
  if (text === undefined) {
    let n = 0;
    const tuple = () => `(${columns.map(() => dialect.param(n++)).join(', ')})`;
    const values = Array.from({ length: rows }, tuple).join(', ');
    text = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${values}${tail ? ` ${tail}` : ''}`;
    // Without a statement cache any row count comes: keeping every text would only grow.
    if (dialect.cachesStatements) texts.set(key, text);
  }
  return text;
}

/**
 * Inserts `rows` (values in the order of `columns`) in a few multi-row statements compiled once,
 * skipping the query builder: a document's facts are hundreds of rows, and building and compiling
 * a query per chunk cost as much as SQLite's writing them. `tail` is appended to each statement
 * (`ON CONFLICT DO NOTHING`, `RETURNING ...`); the rows any statement returns are returned.
 */
export async function insertRows<R = unknown>(
  db: Kysely<AtlasDb>, dialect: Params, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], tail = '',
): Promise<R[]> {
  const out: R[] = [];
  const run = async (from: number, size: number) => {
    const params: unknown[] = [];
    for (const row of rows.slice(from, from + size)) for (const v of row) params.push(v === undefined ? null : v);
    const res = await db.executeQuery<R>(CompiledQuery.raw(insertText(dialect, table, columns, size, tail), params));
    for (const r of res.rows) out.push(r);
  };
  if (!dialect.cachesStatements) {
    const most = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (let i = 0; i < rows.length; i += most) await run(i, Math.min(most, rows.length - i));
    return out;
  }
  let i = 0;
  for (const size of SIZES) {
    for (; rows.length - i >= size; i += size) await run(i, size);
  }
  return out;
}
