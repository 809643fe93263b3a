import type { UploadReply } from '../api.ts';

export type Outcome =
  | { kind: 'added'; documentId: number; title: string; summary: string }
  | { kind: 'unchanged'; documentId: number; title: string }
  | { kind: 'failed'; reason: string };

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** What one upload came to: "added" only for a 201 that stored a document; "unchanged" as such; else the reason. */
export function outcomeOf(reply: UploadReply): Outcome {
  const r = reply.body?.result;
  if (reply.status === 201 && r?.status === 'added') {
    const c = r.counts;
    const summary = c ? [plural(c.sentences, 'sentence'), plural(c.entities, 'entity').replace(/entitys$/, 'entities'), plural(c.quantities, 'figure'), plural(c.events, 'event')].join(', ') : '';
    return { kind: 'added', documentId: r.documentId, title: r.title, summary };
  }
  if (reply.status === 200 && r?.status === 'unchanged') return { kind: 'unchanged', documentId: r.documentId, title: r.title };
  const detail = reply.body?.detail ?? reply.body?.title ?? '';
  return { kind: 'failed', reason: `${detail || 'the server refused the file'} (HTTP ${reply.status})${HINTS[reply.status] ?? ''}` };
}

const HINTS: Record<number, string> = {
  401: ' — the write token was missing or wrong; reload the page and try again',
  403: ' — the server refused a write from this page',
  413: ' — larger than the server accepts (atlas serve --max-upload)',
  503: ' — the server is busy or shutting down; try again shortly',
};
