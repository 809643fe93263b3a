import type { Kysely } from 'kysely';
import type { ReanchorOutcome, ReviewKind } from '../../../model/review.ts';
import { FACT_TABLES } from '../fact-tables.ts';
import type { AtlasDb } from '../schema.ts';
import { anchorAt } from '../write/fact-anchors.ts';
import { findAnchor, SearchBudget } from './find-anchor.ts';

type Span = { id: number; start: number; end: number; rule: string; quote: string };

/** A kind's facts in text order, with the longest span, for overlap lookups by binary search. */
class SpanIndex {
  private readonly maxLen: number;
  readonly byId: Map<number, Span>;
  constructor(private readonly spans: Span[]) {
    spans.sort((a, b) => a.start - b.start || a.id - b.id);
    this.maxLen = spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
    this.byId = new Map(spans.map((s) => [s.id, s]));
  }

  /** The fact best placed at [start, end): same span and rule, same span, same rule overlapping most, overlapping most. */
  best(start: number, end: number, rule: string): Span | null {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.spans[mid]!.start < end) lo = mid + 1; else hi = mid; }
    let best: { s: Span; score: number } | null = null;
    for (let i = lo - 1; i >= 0 && this.spans[i]!.start >= start - this.maxLen; i--) {
      const s = this.spans[i]!;
      const overlap = Math.min(s.end, end) - Math.max(s.start, start);
      if (overlap <= 0) continue;
      const same = s.start === start && s.end === end;
      const score = (same ? 4e9 : 0) + (s.rule === rule ? 2e9 : 0) + overlap;
      if (!best || score > best.score) best = { s, score };
    }
    return best?.s ?? null;
  }
}

/**
 * After a new version of a document is stored (its facts inserted): re-attaches each of the
 * document's reviews to the new text and the fact extracted there, or marks it orphaned in this
 * version. Orphaned reviews are tried again with every later version.
 */
export async function reanchorReviews(db: Kysely<AtlasDb>, documentId: number, version: number): Promise<Record<ReanchorOutcome, number>> {
  const counts: Record<ReanchorOutcome, number> = { kept: 0, position: 0, quote: 0, fuzzy: 0, orphaned: 0 };
  const reviews = await db.selectFrom('reviews').selectAll().where('document_id', '=', documentId).orderBy('id').execute();
  if (reviews.length === 0) return counts;
  const doc = await db.selectFrom('documents').select(['text', 'content_hash']).where('id', '=', documentId).executeTakeFirstOrThrow();
  const indexes = new Map<ReviewKind, SpanIndex>();
  const budget = new SearchBudget();
  const indexOf = async (kind: ReviewKind) => {
    let idx = indexes.get(kind);
    if (!idx) {
      const rows = await db.selectFrom(FACT_TABLES[kind]).select(['id', 'start', 'end', 'rule', 'quote']).where('document_id', '=', documentId).execute();
      idx = new SpanIndex(rows);
      indexes.set(kind, idx);
    }
    return idx;
  };

  for (const r of reviews) {
    const kind = r.kind as ReviewKind;
    const idx = await indexOf(kind);
    let span: { start: number; end: number } | null = null;
    let factId: number | null = null;
    let how: ReanchorOutcome = 'orphaned';
    let reason = '';
    // The fact kept its reference (same rule, quote and near context): nothing to search for.
    const kept = r.fact_id !== null ? idx.byId.get(r.fact_id) : undefined;
    if (kept && kept.quote === r.quote) {
      span = kept; factId = kept.id; how = 'kept';
    } else {
      const found = findAnchor(doc.text, { start: r.start, quote: r.quote, prefix: r.prefix, suffix: r.suffix }, budget);
      if (found.how === 'orphaned') reason = found.reason;
      else if (r.decision === 'added') { span = found; how = found.how; }
      else {
        const fact = idx.best(found.start, found.end, r.rule);
        if (fact) { span = found; factId = fact.id; how = found.how; }
        else reason = `the quote is still there but no ${kind} is extracted from it any more`;
      }
    }
    counts[how]++;
    if (!span) {
      await db.updateTable('reviews').set({ fact_id: null, orphaned_in_version: version, orphan_reason: reason }).where('id', '=', r.id).execute();
      continue;
    }
    // A review attached to a fact takes the fact's span; an added fact keeps the span the quote was found at.
    const at = factId !== null ? idx.byId.get(factId)! : span;
    const quote = doc.text.slice(at.start, at.end);
    const a = anchorAt(doc.text, { start: at.start, end: at.end, quote, rule: r.rule });
    await db.updateTable('reviews').set({
      fact_id: factId, content_hash: doc.content_hash, start: at.start, end: at.end, quote, prefix: a.prefix, suffix: a.suffix,
      orphaned_in_version: null, orphan_reason: null,
    }).where('id', '=', r.id).execute();
  }
  return counts;
}
