import type { AuditFinding, AuditRule, FactSource } from '../../model/analysis.ts';
import type { DocumentTexts } from '../context/texts.ts';

export type Draft = Omit<AuditFinding, 'id' | 'sides' | 'refs'> & { sources: FactSource[] };

/** Turns a rule's draft into a finding with the sentence of each side, so both quotes can be shown. */
export function toFinding(d: Draft, n: number, texts: DocumentTexts): AuditFinding {
  return {
    id: `F${n}`,
    rule: d.rule,
    message: d.message,
    arithmetic: d.arithmetic,
    sides: d.sources.map((s) => ({ source: s, sentenceText: texts.sentenceText(s.documentId, s.sentence) })),
    refs: d.sources.map((s) => s.ref),
  };
}

export interface RuleResult {
  rule: AuditRule;
  checked: number;
  drafts: Draft[];
}

export const fmt = (n: number) => (Math.abs(n) >= 1000 ? n.toLocaleString('en-US', { maximumFractionDigits: 0 }) : String(Math.round(n * 100) / 100));
