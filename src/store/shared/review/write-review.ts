import type { Kysely } from 'kysely';
import { InvalidInput, NotFound } from '../../../model/errors.ts';
import {
  AddedFactInput, FactReviewInput, REQUIRED_FOR_ADDED, VALUES_OF, type ReviewKind, type StoredReview,
} from '../../../model/review.ts';
import { formatFactRef } from '../../../model/views.ts';
import { FACT_TABLES } from '../fact-tables.ts';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { anchorAt } from '../write/fact-anchors.ts';
import { reviewById } from './read-reviews.ts';
import { bumpGeneration } from '../write/generation.ts';

/** Rule recorded for facts an analyst added by hand (review stats leave them out of the extractor's precision). */
export const ADDED_RULE = 'review.added';

function parseValues(kind: ReviewKind, values: Record<string, unknown> | null): Record<string, unknown> {
  const parsed = VALUES_OF[kind].safeParse(values ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InvalidInput(`atlas: invalid ${kind} value ${issue.path.join('.') || ''}: ${issue.message}`.replace(' :', ':'));
  }
  return parsed.data;
}

function check<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, v: unknown): T {
  const r = schema.safeParse(v);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new InvalidInput(`atlas: invalid review: ${i.path.map(String).join('.') || 'input'}: ${i.message}`);
  }
  return r.data;
}

/**
 * Records a decision on an extracted fact: confirmed, rejected, or corrected with new values. A
 * fact has one current review; a new decision replaces the previous one.
 */
export async function reviewFact(db: Kysely<AtlasDb>, dialect: StoreDialect, input: unknown): Promise<StoredReview> {
  const r = check(FactReviewInput, input);
  const values = r.decision === 'corrected' ? parseValues(r.kind, r.values) : null;
  if (r.decision === 'corrected' && Object.keys(values!).length === 0) {
    throw new InvalidInput('atlas: a correction needs at least one corrected value');
  }
  return dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const fact = await trx.selectFrom(FACT_TABLES[r.kind]).select(['id', 'document_id', 'start', 'end', 'quote', 'rule'])
      .where('id', '=', r.factId).executeTakeFirst();
    if (!fact) throw new NotFound(`atlas: no fact ${formatFactRef({ kind: r.kind, id: r.factId })} in the atlas`);
    const doc = await trx.selectFrom('documents').select(['text', 'content_hash']).where('id', '=', fact.document_id).executeTakeFirstOrThrow();
    const a = anchorAt(doc.text, fact);
    await trx.deleteFrom('reviews').where('kind', '=', r.kind).where('fact_id', '=', r.factId).execute();
    const row = await trx.insertInto('reviews').values({
      kind: r.kind, fact_id: fact.id, document_id: fact.document_id, rule: fact.rule, content_hash: doc.content_hash,
      start: fact.start, end: fact.end, quote: fact.quote, prefix: a.prefix, suffix: a.suffix,
      decision: r.decision, fact_values: values ? JSON.stringify(values) : null,
      reviewer: r.reviewer, reviewed_at: new Date().toISOString(), comment: r.comment,
    }).returning('id').executeTakeFirstOrThrow();
    return (await reviewById(trx, row.id))!;
  });
}

/** Records a fact the extractor missed, anchored to a span of the document's current text. */
export async function addFact(db: Kysely<AtlasDb>, dialect: StoreDialect, input: unknown): Promise<StoredReview> {
  const r = check(AddedFactInput, input);
  const values = parseValues(r.kind, r.values);
  const missing = (REQUIRED_FOR_ADDED[r.kind] ?? []).filter((k) => values[k] === undefined || values[k] === null);
  if (missing.length > 0) throw new InvalidInput(`atlas: an added ${r.kind} needs ${missing.join(' and ')}`);
  if (r.end <= r.start) throw new InvalidInput(`atlas: the span ${r.start}-${r.end} is empty`);
  return dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const doc = await trx.selectFrom('documents').select(['text', 'content_hash']).where('id', '=', r.documentId).executeTakeFirst();
    if (!doc) throw new NotFound(`atlas: no document ${r.documentId} in the atlas`);
    if (r.end > doc.text.length) throw new InvalidInput(`atlas: the span ${r.start}-${r.end} is past the document's end (${doc.text.length} characters)`);
    const quote = doc.text.slice(r.start, r.end);
    if (!quote.trim()) throw new InvalidInput('atlas: the span holds only blanks');
    const a = anchorAt(doc.text, { start: r.start, end: r.end, quote, rule: ADDED_RULE });
    const row = await trx.insertInto('reviews').values({
      kind: r.kind, fact_id: null, document_id: r.documentId, rule: ADDED_RULE, content_hash: doc.content_hash,
      start: r.start, end: r.end, quote, prefix: a.prefix, suffix: a.suffix,
      decision: 'added', fact_values: JSON.stringify(values),
      reviewer: r.reviewer, reviewed_at: new Date().toISOString(), comment: r.comment,
    }).returning('id').executeTakeFirstOrThrow();
    return (await reviewById(trx, row.id))!;
  });
}

/** Withdraws a review (the fact is unreviewed again; an added fact is gone). */
export async function deleteReview(db: Kysely<AtlasDb>, dialect: StoreDialect, id: number): Promise<boolean> {
  return dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const res = await trx.deleteFrom('reviews').where('id', '=', id).executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  });
}
