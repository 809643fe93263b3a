import { z } from 'zod';

/** The extraction contract of ../shared/eval/FORMAT.md. */
export const EvalEntity = z.object({ name: z.string(), type: z.string(), aliases: z.array(z.string()) });
export const EvalQuantity = z.object({
  subject: z.string().nullable(),
  holder: z.string().nullable(),
  value: z.number(),
  kind: z.string(),
  unit: z.string().nullable(),
  date: z.string().nullable(),
  quote: z.string(),
});
export const EvalEvent = z.object({
  date: z.string(),
  type: z.string(),
  title: z.string(),
  participants: z.array(z.string()),
  quote: z.string(),
});
export const EvalOutput = z.object({
  doc: z.string(),
  entities: z.array(EvalEntity),
  quantities: z.array(EvalQuantity),
  events: z.array(EvalEvent),
});
export type EvalOutput = z.infer<typeof EvalOutput>;
