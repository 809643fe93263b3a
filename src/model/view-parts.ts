import { z } from 'zod';
import { PartialDate } from './date.ts';
import { ParticipantRole, Qualifier } from './facts.ts';
import { EntityRef, FactKind } from './views.ts';

/**
 * Pieces shared by the analysis views' output shapes. Every row points at the facts it was built
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

// ---- totals vs parts (inventory and audit)
export const TotalCheck = z.object({
  total: Figure,
  parts: z.array(Figure),
  sum: z.number(),
  difference: z.number(),
  consistent: z.boolean(),
  /** The part_of links (l12...) that join the parts to the total. */
  links: z.array(z.string()).optional(),
});
export type TotalCheck = z.infer<typeof TotalCheck>;

export const Count = z.object({ key: z.string(), count: z.number().int() });
/** A total under a key: the sum of counted items (inventory) or the number of figures (money). */
export const Total = z.object({ key: z.string(), count: z.number(), refs: z.array(z.string()) });
