import { parseFactRef } from '../../model/views.ts';
import type { StoredReview } from '../../model/review.ts';

const KINDS = new Set(['mention', 'quantity', 'event', 'relation', 'claim']);

/**
 * The facts a view's output points at ("kind:id"): its FactSource objects ({kind, id}) and its
 * `ref`/`refs` strings (q12, e7). Links are not facts a reviewer decides on, and are skipped.
 */
export function factKeysIn(view: unknown): Set<string> {
  const keys = new Set<string>();
  // A large view repeats its refs (an event in every cell that counts it): each string is parsed once.
  const parsed = new Map<string, string | null>();
  const addRef = (s: unknown) => {
    if (typeof s !== 'string') return;
    let key = parsed.get(s);
    if (key === undefined) {
      const r = parseFactRef(s);
      key = r && KINDS.has(r.kind) ? `${r.kind}:${r.id}` : null;
      parsed.set(s, key);
    }
    if (key) keys.add(key);
  };
  const stack: unknown[] = [view];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) { for (const x of v) stack.push(x); continue; }
    if (!v || typeof v !== 'object') continue;
    const o = v as Record<string, unknown>;
    if (typeof o.kind === 'string' && KINDS.has(o.kind) && typeof o.id === 'number' && typeof o.ref === 'string') keys.add(`${o.kind}:${o.id}`);
    for (const k in o) {
      if (!Object.hasOwn(o, k)) continue;
      const x = o[k];
      if (k === 'ref') addRef(x);
      else if (k === 'refs' && Array.isArray(x)) x.forEach(addRef);
      else if (x && typeof x === 'object') stack.push(x);
    }
  }
  return keys;
}

export interface ReviewCoverage {
  /** Facts the view points at. */
  facts: number;
  /** Of those, facts with a decision (confirmed, corrected, added; rejected ones only appear in unfiltered views). */
  reviewed: number;
  reviewedOnly: boolean;
}

/** How many of a view's facts are reviewed. Facts added by hand (negative ids) are reviewed by definition. */
export function reviewCoverage(view: unknown, reviews: readonly StoredReview[], reviewedOnly: boolean): ReviewCoverage {
  const decided = new Set(reviews.filter((r) => r.factId !== null && r.orphan === null).map((r) => `${r.kind}:${r.factId}`));
  let reviewed = 0;
  const keys = factKeysIn(view);
  for (const k of keys) if (decided.has(k) || /:-\d+$/.test(k)) reviewed++;
  return { facts: keys.size, reviewed, reviewedOnly };
}

export function describeCoverage(c: ReviewCoverage): string {
  const pct = c.facts === 0 ? 0 : Math.round((100 * c.reviewed) / c.facts);
  return `${c.reviewedOnly ? 'reviewed facts only: ' : ''}${c.reviewed} of ${c.facts} facts in this view reviewed (${pct}%)`;
}
