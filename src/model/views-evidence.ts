import { z } from 'zod';
import { EntityRef } from './views.ts';
import { FactSource, Figure } from './view-parts.ts';

/** Output shapes of the evidence views: the ledger of figures and the audit of disagreeing ones. */

// ---- ledger
export const LedgerFigure = Figure.extend({
  kind: z.string(),
  holder: EntityRef.nullable(),
  holderText: z.string().nullable(),
  status: z.string().nullable(),
  documentTitle: z.string().nullable(),
  sentenceText: z.string().nullable(),
});
export const LedgerView = z.object({
  query: z.string(),
  entities: z.array(EntityRef),
  figures: z.array(LedgerFigure),
  /** Figures grouped by kind, unit and date: a group with more than one value holds competing figures. */
  groups: z.array(z.object({ key: z.string(), values: z.array(z.number()), refs: z.array(z.string()), competing: z.boolean(), label: z.string().optional() })),
});
export type LedgerView = z.infer<typeof LedgerView>;

// ---- audit
export const AuditRule = z.enum(['total-vs-parts', 'ratio-vs-figures', 'fx-rate-conflict', 'event-date-conflict', 'quantity-conflict']);
export type AuditRule = z.infer<typeof AuditRule>;
export const AuditSide = z.object({ source: FactSource, sentenceText: z.string().nullable() });
export const AuditFinding = z.object({
  id: z.string(),
  rule: AuditRule,
  message: z.string(),
  arithmetic: z.string(),
  sides: z.array(AuditSide),
  refs: z.array(z.string()),
  /** How far apart the two sides are, relative to the larger (0..1): findings are ranked by it. */
  size: z.number().optional(),
  /** Whether the sides come from different documents. */
  acrossDocuments: z.boolean().optional(),
  /** The links (l12...) the finding reads: a total's parts, a before/after pair, a stated change. */
  links: z.array(z.string()).optional(),
});
export type AuditFinding = z.infer<typeof AuditFinding>;
export const AuditView = z.object({
  /** The largest disagreements first, at most MAX_AUDIT_FINDINGS of them. */
  findings: z.array(AuditFinding),
  /** How many findings there are in all (more than `findings` lists when the corpus has very many). */
  total: z.number().int().nonnegative(),
  /** How many candidate comparisons each rule made (a rule that checked nothing says so). */
  checked: z.array(z.object({ rule: AuditRule, count: z.number().int() })),
  tolerances: z.record(z.string(), z.number()),
});
export type AuditView = z.infer<typeof AuditView>;
