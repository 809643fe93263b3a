import { sql, type Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';

/** Raises the store's generation; every write transaction calls it, so cached reads keyed by it go stale. */
export async function bumpGeneration(trx: Kysely<AtlasDb>): Promise<void> {
  await trx.updateTable('store_generation').set({ n: sql`n + 1` }).where('id', '=', 1).execute();
}

export async function readGeneration(db: Kysely<AtlasDb>): Promise<number> {
  const row = await db.selectFrom('store_generation').select('n').where('id', '=', 1).executeTakeFirst();
  return Number(row?.n ?? 0);
}
