import type { SentenceHit } from '../../../model/views.ts';

/** The columns both dialects' sentence searches select for a hit. */
export interface SentenceHitRow {
  document_id: number;
  title: string;
  idx: number;
  start: number;
  end: number;
  text: string;
}

/** A hit as the API shows it; `rank` is the relevance, higher is better. */
export function toSentenceHit(r: SentenceHitRow, snippet: string, rank: number): SentenceHit {
  return {
    documentId: r.document_id, documentTitle: r.title, sentence: r.idx, start: r.start, end: r.end,
    text: r.text, snippet, rank,
  };
}
