import { CompiledQuery, type Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';

type Params = Pick<StoreDialect, 'name' | 'param'>;

const texts = new Map<string, string>();

/**
 * Runs SQL written with `?` placeholders (renumbered `$1`, `$2`... for PostgreSQL, once per text)
 * and returns its rows. For the statements a document's write runs every time: building and
 * compiling them with kysely cost more than SQLite's running them.
 */
export async function rawRows<R>(db: Kysely<AtlasDb>, dialect: Params, text: string, params: readonly unknown[]): Promise<R[]> {
  const key = `${dialect.name}\0${text}`;
  let sql = texts.get(key);
  if (sql === undefined) {
    let i = 0;
    sql = text.replace(/\?/g, () => dialect.param(i++));
    texts.set(key, sql);
  }
  return (await db.executeQuery<R>(CompiledQuery.raw(sql, [...params]))).rows;
}

// IN lists are padded to one of these lengths, so a query has a few SQL texts rather than one per length.
const IN_LENGTHS = [4, 16, 64, 256, 500] as const;
/** The most values inList takes. */
export const IN_MAX = 500;

/** `?, ?, ...` for `values` (1 to IN_MAX of them) padded by repeating the last, which an IN list ignores. */
export function inList(values: readonly unknown[]): { marks: string; params: unknown[] } {
  const n = IN_LENGTHS.find((l) => l >= values.length) ?? values.length;
  const params = [...values];
  while (params.length < n) params.push(values[values.length - 1]);
  return { marks: params.map(() => '?').join(', '), params };
}
