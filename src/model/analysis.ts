import { z } from 'zod';
import { PartialDate } from './date.ts';
import { ParticipantRole, Qualifier } from './facts.ts';
import { EntityRef, FactKind } from './views.ts';

/**
 * Output shapes of the analysis views (src/analysis). Every row points at the facts it was built
 * from (FactSource: ref like q12/e7/r3, document and sentence) so a reader can open the sentence.
 */

export const FactSource = z.object({
  ref: z.string(),
  kind: FactKind,
  id: z.number().int(),
  documentId: z.number().int(),
  sentence: z.number().int(),
  quote: z.string(),
});
export type FactSource = z.infer<typeof FactSource>;

/** A date with its human label at the stored precision (null when the text gives none). */
export const DatedLabel = z.object({ date: PartialDate.nullable(), label: z.string().nullable() });

export const Figure = z.object({
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  date: PartialDate.nullable(),
  dateLabel: z.string().nullable(),
  source: FactSource,
});
export type Figure = z.infer<typeof Figure>;

export const Participant = EntityRef.extend({ role: ParticipantRole });

// ---- timeline
export const TimelineEvent = z.object({
  ref: z.string(),
  date: PartialDate,
  label: z.string(),
  year: z.number().int(),
  type: z.string(),
  cooperation: z.string().nullable(),
  title: z.string(),
  participants: z.array(Participant),
  source: FactSource,
});
export const Count = z.object({ key: z.string(), count: z.number().int() });
export const TimelineView = z.object({
  filter: z.object({ from: z.string().nullable(), to: z.string().nullable(), type: z.string().nullable(), entity: EntityRef.nullable() }),
  events: z.array(TimelineEvent),
  perYear: z.array(Count),
  perType: z.array(Count),
});
export type TimelineView = z.infer<typeof TimelineView>;

// ---- forces
export const Post = z.object({ person: EntityRef, post: z.string().nullable(), from: DatedLabel, source: FactSource });
export interface ForceNode {
  entity: z.infer<typeof EntityRef>;
  kind: string | null;
  /** Why the node sits under its parent: a relation ref (r3), "attribute:parent", or null for roots. */
  link: string | null;
  personnel: Figure[];
  posts: z.infer<typeof Post>[];
  children: ForceNode[];
}
export const ForceNode: z.ZodType<ForceNode> = z.lazy(() =>
  z.object({
    entity: EntityRef,
    kind: z.string().nullable(),
    link: z.string().nullable(),
    personnel: z.array(Figure),
    posts: z.array(Post),
    children: z.array(ForceNode),
  }),
);
export const ForcesView = z.object({
  country: EntityRef.nullable(),
  /** Personnel figures held by the country itself (not by one of its organizations). */
  personnel: z.array(Figure),
  roots: z.array(ForceNode),
});
export type ForcesView = z.infer<typeof ForcesView>;

// ---- totals vs parts (inventory and audit)
export const TotalCheck = z.object({
  total: Figure,
  parts: z.array(Figure),
  sum: z.number(),
  difference: z.number(),
  consistent: z.boolean(),
});
export type TotalCheck = z.infer<typeof TotalCheck>;

// ---- inventory
export const InventoryItem = z.object({
  holder: EntityRef.nullable(),
  holderText: z.string().nullable(),
  model: EntityRef.nullable(),
  modelText: z.string().nullable(),
  count: Figure,
  status: z.string().nullable(),
  role: z.string().nullable(),
  origin: z.string().nullable(),
});
/** A total under a key: the sum of counted items (inventory) or the number of figures (money). */
export const Total = z.object({ key: z.string(), count: z.number(), refs: z.array(z.string()) });
export const InventoryView = z.object({
  country: EntityRef.nullable(),
  holders: z.array(z.object({ holder: EntityRef.nullable(), holderText: z.string().nullable(), items: z.array(InventoryItem) })),
  byRole: z.array(Total),
  byOrigin: z.array(Total),
  byStatus: z.array(Total),
  statedTotals: z.array(TotalCheck),
});
export type InventoryView = z.infer<typeof InventoryView>;

// ---- money
export const UsdConversion = z.object({
  usd: z.number(),
  method: z.enum(['stated', 'paired', 'implied', 'table']),
  /** Units of the stated currency per USD (null when the figure is in USD). */
  rate: z.number().nullable(),
  note: z.string(),
});
export const MoneyRow = z.object({
  category: z.string(),
  holder: EntityRef.nullable(),
  figure: Figure,
  currency: z.string(),
  year: z.number().int().nullable(),
  usd: UsdConversion.nullable(),
});
export const ImpliedRate = z.object({
  currency: z.string(),
  year: z.number().int().nullable(),
  rate: z.number(),
  local: FactSource,
  usd: FactSource,
});
export type ImpliedRate = z.infer<typeof ImpliedRate>;
export const MoneyView = z.object({
  country: EntityRef.nullable(),
  rows: z.array(MoneyRow),
  /** Per year and category, the figures stated (count = how many; figures are not summed, they may overlap). */
  perYear: z.array(z.object({ year: z.number().int().nullable(), categories: z.array(Total) })),
  impliedRates: z.array(ImpliedRate),
  shareOfGdp: z.array(Figure),
  fxTable: z.object({ source: z.string(), note: z.string(), currencies: z.array(z.string()) }),
});
export type MoneyView = z.infer<typeof MoneyView>;

// ---- partners
export const PartnerEvent = z.object({
  ref: z.string(),
  date: PartialDate,
  label: z.string(),
  year: z.number().int(),
  type: z.string(),
  cooperation: z.string(),
  title: z.string(),
  partners: z.array(EntityRef.extend({ vector: z.string() })),
  source: FactSource,
  /** Other statements of the same happening (same type, date and title), counted once. */
  duplicates: z.array(z.string()),
});
export const VectorCell = z.object({ vector: z.string(), count: z.number().int(), events: z.array(z.string()) });
export const PartnersView = z.object({
  country: EntityRef.nullable(),
  vectors: z.array(z.object({ id: z.string(), label: z.string() })),
  events: z.array(PartnerEvent),
  partners: z.array(z.object({
    partner: EntityRef,
    vector: z.string(),
    count: z.number().int(),
    byCooperation: z.array(Count),
    events: z.array(z.string()),
    /** Sentences that name this partner beside words of cooperation (ties, partnership, assistance...), dated or not. */
    statements: z.number().int().optional(),
    statementSources: z.array(z.object({ documentId: z.number().int(), sentence: z.number().int(), ref: z.string() })).optional(),
    /** Participants of the events that were counted under this partner (a ministry, service or person of that country). */
    via: z.array(EntityRef).optional(),
  })),
  years: z.array(z.object({
    year: z.number().int(),
    cells: z.array(VectorCell),
    total: z.number().int(),
    /** (west − russia) / (events counted in any vector); null when there are none. */
    balance: z.number().nullable(),
  })),
  totals: z.array(VectorCell),
  /** Per vector, how many sentences name a partner of it beside words of cooperation. */
  statementTotals: z.array(z.object({ vector: z.string(), count: z.number().int() })).optional(),
  balanceFormula: z.string(),
});
export type PartnersView = z.infer<typeof PartnersView>;

// ---- people
export const PeopleView = z.object({
  people: z.array(z.object({
    person: EntityRef,
    titles: z.array(z.string()),
    posts: z.array(z.object({ post: z.string().nullable(), org: EntityRef.nullable(), from: DatedLabel, source: FactSource })),
    appointments: z.array(z.object({ ref: z.string(), date: PartialDate, label: z.string(), title: z.string(), source: FactSource })),
  })),
  posts: z.array(z.object({
    post: z.string(),
    holders: z.array(z.object({
      person: EntityRef,
      from: DatedLabel,
      source: FactSource,
      /** What `from` rests on: an appointment event (took office), or only a statement that shows the person in post by then. */
      basis: z.enum(['appointment', 'attested', 'undated']).optional(),
      /** The appointment event the start date comes from, when there is one. */
      appointment: z.string().nullable().optional(),
    })),
  })),
});
export type PeopleView = z.infer<typeof PeopleView>;

// ---- programs
export const ProgramsView = z.object({
  programs: z.array(z.object({
    program: EntityRef,
    kind: z.string().nullable(),
    parties: z.array(EntityRef),
    events: z.array(z.object({ ref: z.string(), date: PartialDate, label: z.string(), type: z.string(), title: z.string(), source: FactSource })),
    first: DatedLabel,
    last: DatedLabel,
    periods: z.array(z.object({ label: z.string(), source: FactSource })),
    elements: z.array(z.object({ text: z.string(), documentId: z.number().int(), sentence: z.number().int() })),
    mentionCount: z.number().int(),
  })),
});
export type ProgramsView = z.infer<typeof ProgramsView>;

// ---- education
export const EducationFlow = z.object({
  destination: EntityRef.nullable(),
  domestic: z.boolean().nullable(),
  figure: Figure,
  event: z.string().nullable(),
  date: DatedLabel,
});
export const EducationOutcome = z.object({
  kind: z.enum(['attrition', 'retention']),
  cohort: Figure,
  outcome: Figure,
  /** outcome / cohort as a percentage. */
  rate: z.number(),
  destination: EntityRef.nullable(),
});
export const EducationView = z.object({
  country: EntityRef.nullable(),
  flows: z.array(EducationFlow),
  outcomes: z.array(EducationOutcome),
  statedShares: z.array(Figure),
});
export type EducationView = z.infer<typeof EducationView>;

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
  groups: z.array(z.object({ key: z.string(), values: z.array(z.number()), refs: z.array(z.string()), competing: z.boolean() })),
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
});
export type AuditFinding = z.infer<typeof AuditFinding>;
export const AuditView = z.object({
  findings: z.array(AuditFinding),
  /** How many candidate comparisons each rule made (a rule that checked nothing says so). */
  checked: z.array(z.object({ rule: AuditRule, count: z.number().int() })),
  tolerances: z.record(z.string(), z.number()),
});
export type AuditView = z.infer<typeof AuditView>;
