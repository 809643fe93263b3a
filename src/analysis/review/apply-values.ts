import type { StoredReview } from '../../model/review.ts';
import type { StoredFact } from '../../store/store.ts';

/** A fact as a reviewer corrected it: the corrected values over the extracted ones (the span and the rule stay). */
export function applyCorrection<T extends StoredFact>(f: T, review: StoredReview): T {
  const v = review.values ?? {};
  if (f.kind === 'mention') {
    const entity = { ...f.fact.entity, ...(typeof v.name === 'string' ? { name: v.name } : {}), ...(typeof v.type === 'string' ? { type: v.type } : {}) };
    return { ...f, fact: { ...f.fact, entity } };
  }
  return { ...f, fact: { ...f.fact, ...v } };
}
