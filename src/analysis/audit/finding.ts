import type { AuditFinding, AuditRule, FactSource } from '../../model/analysis.ts';
import type { DisplayText } from '../context/display-text.ts';

export type Draft = Omit<AuditFinding, 'id' | 'sides' | 'refs' | 'acrossDocuments'> & { sources: FactSource[] };

/** Turns a rule's draft into a finding with the sentence of each side (for display), so both quotes can be shown. */
export function toFinding(d: Draft, n: number, display: DisplayText): AuditFinding {
  const { sources, rule, message, arithmetic, size, links } = d;
  // Keys in the schema's order (an absent size or links serializes as nothing): the API sends this object as is.
  return {
    id: `F${n}`,
    rule,
    message,
    arithmetic,
    sides: sources.map((s) => ({ source: s, sentenceText: display.sentenceText(s.documentId, s.sentence) })),
    refs: sources.map((s) => s.ref),
    size,
    acrossDocuments: new Set(sources.map((s) => s.documentId)).size > 1,
    links,
  };
}

/** Relative size of a disagreement between two values (0 when equal, 1 when one is zero). */
export function relativeGap(a: number, b: number): number {
  const hi = Math.max(Math.abs(a), Math.abs(b));
  return hi === 0 ? 0 : Math.abs(a - b) / hi;
}

/**
 * A draft whose words are written only when it is listed: a large corpus disagrees with itself
 * hundreds of thousands of times, and only the largest MAX_AUDIT_FINDINGS are shown.
 */
export interface LazyDraft { size: number | undefined; build: () => Draft }

export interface RuleResult<D extends Draft | LazyDraft = Draft> {
  rule: AuditRule;
  checked: number;
  drafts: D[];
}

export const built = (d: Draft | LazyDraft): Draft => ('build' in d ? d.build() : d);

// One formatter: toLocaleString builds a new one per call, and a large audit formats figures by the hundred thousand.
const thousands = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export const fmt = (n: number) => (Math.abs(n) >= 1000 ? thousands.format(n) : String(Math.round(n * 100) / 100));
