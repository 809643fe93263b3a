import type { Kysely } from 'kysely';
import type { ReviewFilter, StoredReview } from '../../../model/review.ts';
import type { AtlasDb } from '../schema.ts';
import { toReview } from './review-rows.ts';

export async function reviews(db: Kysely<AtlasDb>, f: ReviewFilter): Promise<StoredReview[]> {
  let q = db.selectFrom('reviews').selectAll();
  if (f.documentId !== undefined) q = q.where('document_id', '=', f.documentId);
  if (f.kind !== undefined) q = q.where('kind', '=', f.kind);
  if (f.decision !== undefined) q = q.where('decision', '=', f.decision);
  if (f.orphaned === true) q = q.where('orphaned_in_version', 'is not', null);
  if (f.orphaned === false) q = q.where('orphaned_in_version', 'is', null);
  if (f.fact) q = q.where('kind', '=', f.fact.kind).where('fact_id', '=', f.fact.id);
  const rows = await q.orderBy('document_id').orderBy('start').orderBy('id').execute();
  return rows.map(toReview);
}
