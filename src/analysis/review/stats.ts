import type { StoredReview } from '../../model/review.ts';

export interface RulePrecision {
  rule: string;
  confirmed: number;
  corrected: number;
  rejected: number;
  /** Confirmed / decided: the extractor was right outright. */
  precision: number;
  /** (Confirmed + corrected) / decided: it found a real fact, if not every value. */
  found: number;
}

export interface ReviewStats {
  reviews: number;
  byDecision: Record<'confirmed' | 'rejected' | 'corrected' | 'added', number>;
  orphaned: number;
  /** Facts the extractor missed, by kind (added by hand). */
  addedByKind: Record<string, number>;
  byRule: RulePrecision[];
}

/** The extractor's precision by rule, as reviewers' decisions measure it (orphaned reviews included: they were decided). */
export function reviewStats(reviews: readonly StoredReview[]): ReviewStats {
  const byDecision = { confirmed: 0, rejected: 0, corrected: 0, added: 0 };
  const addedByKind: Record<string, number> = {};
  const rules = new Map<string, RulePrecision>();
  for (const r of reviews) {
    byDecision[r.decision]++;
    if (r.decision === 'added') { addedByKind[r.kind] = (addedByKind[r.kind] ?? 0) + 1; continue; }
    const row = rules.get(r.rule) ?? { rule: r.rule, confirmed: 0, corrected: 0, rejected: 0, precision: 0, found: 0 };
    row[r.decision]++;
    rules.set(r.rule, row);
  }
  const byRule = [...rules.values()].map((r) => {
    const n = r.confirmed + r.corrected + r.rejected;
    return { ...r, precision: r.confirmed / n, found: (r.confirmed + r.corrected) / n };
  }).sort((a, b) => a.precision - b.precision || a.rule.localeCompare(b.rule));
  return { reviews: reviews.length, byDecision, orphaned: reviews.filter((r) => r.orphan).length, addedByKind, byRule };
}
