import { z } from 'zod';

/** Where a fact sits in its document's normalized text: offsets are UTF-16 code units into it. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string(),
});
export type Span = z.infer<typeof Span>;

/** Evidence every extracted item carries: its span, its sentence, the rule that found it and how sure it is. */
export const Evidence = Span.extend({
  sentence: z.number().int().nonnegative(),
  rule: z.string().min(1),
  confidence: z.number().min(0).max(1),
});
export type Evidence = z.infer<typeof Evidence>;

export const Sentence = z.object({
  index: z.number().int().nonnegative(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;
