import type { ReviewKind } from '../../model/review.ts';
import { formatFactRef } from '../../model/views.ts';
import type { AtlasStore, StoredFact } from '../../store/store.ts';
import { shownText } from '../context/sources.ts';
import { describeFact } from './describe-fact.ts';
import type { QueueItem } from '../../model/review-queue.ts';

export type { QueueItem } from '../../model/review-queue.ts';

export interface QueueOptions {
  kind?: ReviewKind;
  documentId?: number;
  limit?: number;
  /** Facts that audit findings name ("kind:id" → finding ids), and facts views show ("kind:id"). */
  findings?: Map<string, string[]>;
  usedInViews?: Set<string>;
}

/** Confidence under which a fact is flagged for review. */
const LOW_CONFIDENCE = 0.7;

function score(f: StoredFact, o: QueueOptions): { priority: number; reasons: string[] } {
  const key = `${f.kind}:${f.fact.id}`;
  const reasons: string[] = [];
  let priority = 0;
  const found = o.findings?.get(key);
  if (found) { priority += 100; reasons.push(`audit ${found.join(', ')}`); }
  if (o.usedInViews?.has(key)) { priority += f.kind === 'quantity' ? 50 : 30; reasons.push(f.kind === 'quantity' ? 'figure in views' : 'in views'); }
  else if (f.kind === 'quantity') priority += 10;
  if (f.fact.confidence < LOW_CONFIDENCE) { priority += Math.round((1 - f.fact.confidence) * 40); reasons.push(`confidence ${f.fact.confidence.toFixed(2)}`); }
  return { priority, reasons };
}

/**
 * The facts nobody has decided on yet, most important first: those audit findings name, figures
 * the views show, then low confidence; within a priority, in document order. O(n log n).
 */
export async function reviewQueue(store: AtlasStore, o: QueueOptions = {}): Promise<{ total: number; items: QueueItem[] }> {
  const reviewed = new Set((await store.reviews({ orphaned: false })).filter((r) => r.factId !== null).map((r) => `${r.kind}:${r.factId}`));
  const filter = { documentId: o.documentId };
  const want = (k: ReviewKind) => !o.kind || o.kind === k;
  const facts: StoredFact[] = [
    ...(want('quantity') ? (await store.quantities(filter)).map((fact) => ({ kind: 'quantity', fact }) as const) : []),
    ...(want('event') ? (await store.events(filter)).map((fact) => ({ kind: 'event', fact }) as const) : []),
    ...(want('relation') ? (await store.relations(filter)).map((fact) => ({ kind: 'relation', fact }) as const) : []),
    ...(want('claim') ? (await store.claims(filter)).map((fact) => ({ kind: 'claim', fact }) as const) : []),
    ...(want('mention') ? (await store.mentions(filter)).map((fact) => ({ kind: 'mention', fact }) as const) : []),
  ];
  const items = facts.filter((f) => !reviewed.has(`${f.kind}:${f.fact.id}`)).map((f): QueueItem => {
    const x = f.fact;
    return {
      ref: formatFactRef({ kind: f.kind, id: x.id }), kind: f.kind as ReviewKind, id: x.id, documentId: x.documentId, sentence: x.sentence,
      start: x.start, end: x.end, quote: shownText(x), rule: x.rule, confidence: x.confidence, summary: describeFact(f), ...score(f, o),
    };
  });
  items.sort((a, b) => b.priority - a.priority || a.documentId - b.documentId || a.start - b.start);
  return { total: items.length, items: o.limit !== undefined ? items.slice(0, o.limit) : items };
}
