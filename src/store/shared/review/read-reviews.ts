import type { Kysely } from 'kysely';
import type { ReviewFilter, StoredReview } from '../../../model/review.ts';
import type { AtlasDb } from '../schema.ts';
import { toReview } from './review-rows.ts';

// Reviews with the index of the sentence their anchor starts in.
function select(db: Kysely<AtlasDb>) {
  return db.selectFrom('reviews as r').selectAll('r')
    .select((eb) => eb.selectFrom('sentences as s').select('s.idx')
      .whereRef('s.document_id', '=', 'r.document_id').whereRef('s.start', '<=', 'r.start').whereRef('s.end', '>', 'r.start')
      .limit(1).as('sentence'));
}

export async function reviews(db: Kysely<AtlasDb>, f: ReviewFilter): Promise<StoredReview[]> {
  let q = select(db);
  if (f.documentId !== undefined) q = q.where('r.document_id', '=', f.documentId);
  if (f.kind !== undefined) q = q.where('r.kind', '=', f.kind);
  if (f.decision !== undefined) q = q.where('r.decision', '=', f.decision);
  if (f.orphaned === true) q = q.where('r.orphaned_in_version', 'is not', null);
  if (f.orphaned === false) q = q.where('r.orphaned_in_version', 'is', null);
  if (f.fact) q = q.where('r.kind', '=', f.fact.kind).where('r.fact_id', '=', f.fact.id);
  const rows = await q.orderBy('r.document_id').orderBy('r.start').orderBy('r.id').execute();
  return rows.map(toReview);
}

export async function reviewById(db: Kysely<AtlasDb>, id: number): Promise<StoredReview | null> {
  const row = await select(db).where('r.id', '=', id).executeTakeFirst();
  return row ? toReview(row) : null;
}
