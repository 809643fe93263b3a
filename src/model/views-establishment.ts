import { z } from 'zod';
import { PartialDate } from './date.ts';
import { EntityRef } from './views.ts';
import { FactSource, DatedLabel, Figure, Participant, TotalCheck, Count, Total } from './view-parts.ts';

/** Output shapes of the establishment views: timeline, force structure, inventory and money. */

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
export const TimelineView = z.object({
  filter: z.object({ from: z.string().nullable(), to: z.string().nullable(), type: z.string().nullable(), entity: EntityRef.nullable() }),
  /** One page of the events in date order; perYear and perType count all of them (`total`). */
  events: z.array(TimelineEvent),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
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
  /** The series the figure belongs to: one measure (category, holder, what is counted, currency); lines are never drawn across series. */
  series: z.string().optional(),
  /** How the currency was decided when the name is shared (som, manat, ruble...): the link and its rule. */
  currencyReason: z.string().nullable().optional(),
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
  /** One entry per series of comparable figures (see MoneyRow.series). */
  series: z.array(z.object({ key: z.string(), category: z.string(), holder: z.string().nullable(), subject: z.string().nullable(), currency: z.string(), refs: z.array(z.string()) })).optional(),
});
export type MoneyView = z.infer<typeof MoneyView>;
