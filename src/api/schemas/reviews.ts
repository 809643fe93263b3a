import { z } from 'zod';
import { AddedKind, Decision, ReviewKind } from '../../model/review.ts';

/** Request and response shapes of /api/reviews. */

export const ReviewAnchorSchema = z.object({
  documentId: z.number().int(), contentHash: z.string(), sentence: z.number().int(),
  start: z.number().int(), end: z.number().int(), quote: z.string(), prefix: z.string(), suffix: z.string(),
});

export const StoredReviewSchema = z.object({
  id: z.number().int(),
  kind: ReviewKind,
  factId: z.number().int().nullable(),
  rule: z.string(),
  anchor: ReviewAnchorSchema,
  decision: Decision,
  values: z.record(z.string(), z.unknown()).nullable(),
  reviewer: z.string(),
  reviewedAt: z.string(),
  comment: z.string().nullable(),
  orphan: z.object({ version: z.number().int(), reason: z.string() }).nullable(),
});

export const QueueItemSchema = z.object({
  ref: z.string(), kind: ReviewKind, id: z.number().int(), documentId: z.number().int(), sentence: z.number().int(),
  start: z.number().int(), end: z.number().int(), quote: z.string(), rule: z.string(), confidence: z.number(),
  summary: z.string(), priority: z.number(), reasons: z.array(z.string()),
});
export const QueueResponse = z.object({ total: z.number().int(), items: z.array(QueueItemSchema) });

export const QueueQuery = z.object({
  kind: ReviewKind.optional(),
  documentId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  rank: z.enum(['true', 'false']).default('true').describe('false skips ranking by audit findings and views (faster)'),
});

export const ReviewListQuery = z.object({
  status: z.enum(['reviewed', 'orphaned', ...Decision.options]).default('reviewed'),
  fact: z.string().regex(/^[mqerc]\d{1,10}$/, 'expected a fact reference such as q12').optional().describe('the review of one fact'),
  kind: ReviewKind.optional(),
  documentId: z.coerce.number().int().positive().optional(),
});

const Reviewer = z.string().trim().min(1).max(100).optional()
  .describe('who decides; defaults to the server\'s ATLAS_REVIEWER');
const Values = z.record(z.string(), z.unknown()).refine((v) => Object.keys(v).length <= 20, 'at most 20 values');

export const ReviewBody = z.object({
  fact: z.string().regex(/^[mqerc]\d{1,10}$/, 'expected a fact reference such as q12, e3, m40, r2 or c1'),
  decision: z.enum(['confirmed', 'rejected', 'corrected']),
  values: Values.optional().describe('the corrected values (corrected only): quantity value, low, high, qualifier, kind, unit, subject, holder, status, date; event type, title, cooperation, date; mention name, type; relation predicate, label; claim text, kind'),
  reviewer: Reviewer,
  comment: z.string().max(2000).optional(),
});

export const AddedBody = z.object({
  kind: AddedKind,
  documentId: z.number().int().positive(),
  start: z.number().int().min(0),
  end: z.number().int().positive(),
  values: Values.describe('quantity: value (required), unit, kind, subject, holder, qualifier, date; event: type and date (required), title; mention: name and type (required)'),
  reviewer: Reviewer,
  comment: z.string().max(2000).optional(),
});

export const ReviewStatsSchema = z.object({
  reviews: z.number().int(),
  byDecision: z.object({ confirmed: z.number().int(), rejected: z.number().int(), corrected: z.number().int(), added: z.number().int() }),
  orphaned: z.number().int(),
  addedByKind: z.record(z.string(), z.number().int()),
  byRule: z.array(z.object({
    rule: z.string(), confirmed: z.number().int(), corrected: z.number().int(), rejected: z.number().int(), precision: z.number(), found: z.number(),
  })),
});
