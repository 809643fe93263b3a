/** Shapes of /api/reviews (see src/api/schemas/reviews.ts). */
export interface QueueItem {
  ref: string;
  kind: 'mention' | 'quantity' | 'event' | 'relation' | 'claim';
  id: number;
  documentId: number;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  rule: string;
  confidence: number;
  summary: string;
  priority: number;
  reasons: string[];
}

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
