/** One unreviewed fact in the review queue, as the CLI, the API and the web UI show it (imports nothing: the web reads it too). */
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
  /** Higher first: audit findings, then figures views use, then low confidence. */
  priority: number;
  reasons: string[];
}
