import { labelPartialDate, type PartialDate } from '../../model/date.ts';
import type { FactSource, Figure } from '../../model/analysis.ts';
import { formatFactRef, type FactKind, type StoredEvidence, type StoredQuantity } from '../../model/views.ts';

/** Where a view row came from: the fact ref users type (q12, e7) plus its document and sentence. */
export function sourceOf(kind: FactKind, fact: StoredEvidence): FactSource {
  return {
    ref: formatFactRef({ kind, id: fact.id }),
    kind,
    id: fact.id,
    documentId: fact.documentId,
    sentence: fact.sentence,
    quote: fact.quote,
  };
}

/** The words a fact or link spans, passed through for display only (a list item, a quote): never inspected. */
export const shownText = (fact: StoredEvidence): string => fact.quote;

export function dateLabel(d: PartialDate | null): string | null {
  return d ? labelPartialDate(d) : null;
}

export function figureOf(q: StoredQuantity): Figure {
  return {
    value: q.value,
    low: q.low,
    high: q.high,
    qualifier: q.qualifier,
    unit: q.unit,
    subject: q.subject,
    date: q.date,
    dateLabel: dateLabel(q.date),
    source: sourceOf('quantity', q),
  };
}

export const qref = (q: { id: number }) => formatFactRef({ kind: 'quantity', id: q.id });
export const eref = (e: { id: number }) => formatFactRef({ kind: 'event', id: e.id });
export const rref = (r: { id: number }) => formatFactRef({ kind: 'relation', id: r.id });

/** Sort key that puts partial dates in time order (earliest start, then the finer one first). */
export function compareDates(a: PartialDate | null, b: PartialDate | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
}
