import { z } from 'zod';
import { PartialDate } from './date.ts';
import { EntityRef } from './views.ts';
import { FactSource, DatedLabel, Figure, Count } from './view-parts.ts';

/** Output shapes of the views of relations: partners, people, programs and education. */

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
  /** Programs, exercises and agreements the event belongs to: listed here, never as partners. */
  programs: z.array(EntityRef).optional(),
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
  /** Programs, exercises and agreements of the country's cooperation, each with the partners of its events. */
  programs: z.array(z.object({ program: EntityRef, partners: z.array(EntityRef), events: z.array(z.string()) })).optional(),
});
export type PartnersView = z.infer<typeof PartnersView>;

// ---- people
export const PeopleView = z.object({
  people: z.array(z.object({
    person: EntityRef,
    titles: z.array(z.string()),
    posts: z.array(z.object({
      post: z.string().nullable(), org: EntityRef.nullable(),
      /** When the person took the post: an appointment's date, never the date of a statement that shows them in it. */
      from: DatedLabel, source: FactSource,
      basis: z.enum(['appointment', 'attested', 'undated']).optional(),
      appointment: z.string().nullable().optional(),
      /** The date of the statement that shows the person in post ("in post by"), when no appointment dates the start. */
      attested: DatedLabel.optional(),
    })),
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
    elements: z.array(z.object({ text: z.string(), documentId: z.number().int(), sentence: z.number().int(), link: z.string().optional() })),
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
