import { z } from 'zod';
import { PartialDate } from './date.ts';
import { TypeName } from './facts.ts';

/**
 * An analyst's decision on a fact, kept apart from extractions. Unreviewed is the absence of a
 * review. A review anchors to the text (position + quote with context, as a W3C Web Annotation
 * TextPositionSelector + TextQuoteSelector pair) and re-attaches to the fact a new version of the
 * document extracts there; when it cannot, it is orphaned (kept and listed, never dropped).
 */
export const Decision = z.enum(['confirmed', 'rejected', 'corrected', 'added']);
export type Decision = z.infer<typeof Decision>;

/** The fact kinds a review can point at (links are derived, not reviewed). */
export const ReviewKind = z.enum(['mention', 'quantity', 'event', 'relation', 'claim']);
export type ReviewKind = z.infer<typeof ReviewKind>;

const Name = z.string().trim().min(1).max(200);

/** Fields a correction may change, per kind: the fact's own scalar values, nothing derived. */
export const QuantityValues = z.object({
  value: z.number().finite(),
  low: z.number().finite().nullable(),
  high: z.number().finite().nullable(),
  qualifier: z.enum(['exact', 'about', 'up_to', 'at_least', 'more_than', 'less_than', 'some', 'range']),
  kind: TypeName,
  unit: z.string().max(40).nullable(),
  subject: z.string().max(200).nullable(),
  holder: z.string().max(200).nullable(),
  status: z.string().max(40).nullable(),
  date: PartialDate.nullable(),
}).partial().strict();
export const EventValues = z.object({
  type: TypeName, title: Name, cooperation: z.string().max(40).nullable(), date: PartialDate,
}).partial().strict();
export const MentionValues = z.object({ name: Name, type: TypeName }).partial().strict();
export const RelationValues = z.object({ predicate: z.string().min(1).max(60), label: z.string().max(200).nullable() }).partial().strict();
export const ClaimValues = z.object({ text: z.string().min(1).max(2000), kind: z.enum(['quote', 'attribution']) }).partial().strict();

export const VALUES_OF: Record<ReviewKind, z.ZodType<Record<string, unknown>>> = {
  quantity: QuantityValues, event: EventValues, mention: MentionValues, relation: RelationValues, claim: ClaimValues,
};
/** What a fact added by hand must say, beyond its span. */
export const REQUIRED_FOR_ADDED: Partial<Record<ReviewKind, string[]>> = {
  quantity: ['value'], event: ['type', 'date'], mention: ['name', 'type'],
};

export interface ReviewAnchor {
  documentId: number;
  /** The document version's text the anchor was last attached to. */
  contentHash: string;
  /** The sentence (index) the anchor starts in. */
  sentence: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export interface StoredReview {
  id: number;
  kind: ReviewKind;
  /** The fact the review is attached to now; null for a fact added by hand and for an orphaned review. */
  factId: number | null;
  rule: string;
  anchor: ReviewAnchor;
  decision: Decision;
  /** The corrected values (corrected) or the added fact's values (added). */
  values: Record<string, unknown> | null;
  reviewer: string;
  reviewedAt: string;
  comment: string | null;
  /** Set when a new version of the document left the review with nothing to attach to. */
  orphan: { version: number; reason: string } | null;
}

export const Reviewer = z.string().trim().min(1, 'a reviewer name is required').max(100);

export const FactReviewInput = z.object({
  kind: ReviewKind,
  factId: z.number().int().positive(),
  decision: z.enum(['confirmed', 'rejected', 'corrected']),
  values: z.record(z.string(), z.unknown()).nullable().default(null),
  reviewer: Reviewer,
  comment: z.string().max(2000).nullable().default(null),
});
export type FactReviewInput = z.input<typeof FactReviewInput>;

/** What can be added by hand: an entity named (mention), a figure (quantity), an event. */
export const AddedKind = z.enum(['mention', 'quantity', 'event']);

export const AddedFactInput = z.object({
  kind: AddedKind,
  documentId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().positive(),
  values: z.record(z.string(), z.unknown()),
  reviewer: Reviewer,
  comment: z.string().max(2000).nullable().default(null),
});
export type AddedFactInput = z.input<typeof AddedFactInput>;

export interface ReviewFilter {
  documentId?: number;
  kind?: ReviewKind;
  decision?: Decision;
  /** Only reviews that are (true) or are not (false) orphaned. */
  orphaned?: boolean;
  fact?: { kind: ReviewKind; id: number };
}

/** How a review re-attached after a new version: where it was found, or why not. */
export type ReanchorOutcome = 'kept' | 'position' | 'quote' | 'fuzzy' | 'orphaned';

