import { CompiledQuery, type Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';

/** Raises the store's generation; every write transaction calls it, so cached reads keyed by it go stale. */
// No parameters, so the same text in both dialects, compiled once.
const BUMP = CompiledQuery.raw('UPDATE store_generation SET n = n + 1 WHERE id = 1');

export async function bumpGeneration(trx: Kysely<AtlasDb>): Promise<void> {
  await trx.executeQuery(BUMP);
}

export async function readGeneration(db: Kysely<AtlasDb>): Promise<number> {
  const row = await db.selectFrom('store_generation').select('n').where('id', '=', 1).executeTakeFirst();
  return Number(row?.n ?? 0);
}
