import type { Selectable } from 'kysely';
import type { ReviewKind, StoredReview } from '../../../model/review.ts';
import type { ReviewsTable } from '../schema.ts';

export type ReviewRow = Selectable<ReviewsTable> & { sentence: number | null };

export function toReview(r: ReviewRow): StoredReview {
  return {
    id: r.id,
    kind: r.kind as ReviewKind,
    factId: r.fact_id,
    rule: r.rule,
    anchor: { documentId: r.document_id, contentHash: r.content_hash, sentence: r.sentence ?? 0, start: r.start, end: r.end, quote: r.quote, prefix: r.prefix, suffix: r.suffix },
    decision: r.decision as StoredReview['decision'],
    values: r.fact_values === null ? null : (JSON.parse(r.fact_values) as Record<string, unknown>),
    reviewer: r.reviewer,
    reviewedAt: r.reviewed_at,
    comment: r.comment,
    orphan: r.orphaned_in_version === null ? null : { version: r.orphaned_in_version, reason: r.orphan_reason ?? '' },
  };
}
