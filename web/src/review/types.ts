/** Shapes of /api/reviews (see src/api/schemas/reviews.ts). */
import type { QueueItem } from '../../../src/model/review-queue.ts';

export type { QueueItem };

export interface QueueT { total: number; items: QueueItem[] }

export interface StoredReviewT {
  id: number;
  kind: QueueItem['kind'];
  factId: number | null;
  decision: 'confirmed' | 'rejected' | 'corrected' | 'added';
  values: Record<string, unknown> | null;
  reviewer: string;
  anchor: { documentId: number; quote: string };
  orphan: { version: number; reason: string } | null;
}

export type Decision = 'confirmed' | 'rejected' | 'corrected';
