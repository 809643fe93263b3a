import { join } from 'node:path';
import { z } from 'zod';
import { KNOWLEDGE_DIR, readJsonFile } from '../../knowledge-files/read-json-file.ts';

const LinkCues = z.object({
  note: z.string(),
  strengthExcludeWords: z.array(z.string()),
  clauseBreak: z.string(),
  educationWords: z.array(z.string()),
  abroadWords: z.array(z.string()),
  attritionWords: z.array(z.string()),
  retentionWords: z.array(z.string()),
  cohortLead: z.array(z.string()),
  perPeriodWords: z.array(z.string()),
  moneyCategories: z.array(z.object({ id: z.string(), words: z.array(z.string()) })),
  moneyChangeAfter: z.array(z.string()),
  gdpWords: z.array(z.string()),
  foldWords: z.record(z.string(), z.number().positive()),
  changeWords: z.array(z.string()),
  repeatCues: z.array(z.string()),
  instrumentWords: z.array(z.string()),
  startWords: z.array(z.string()),
  cooperationWords: z.array(z.string()),
  /** "previously earned X ... reduced to Y": a word before the earlier figure, a phrase before the later one. */
  beforeWords: z.array(z.string()),
  changedToWords: z.array(z.string()),
  wholeForceUnits: z.array(z.string()),
  partialForceWords: z.array(z.string()),
  /** A currency name several countries use: the country (ISO 3166 alpha-2) -> its currency (ISO 4217). */
  sharedCurrencyNames: z.record(z.string(), z.record(z.string().regex(/^[A-Z]{2}$/), z.string().regex(/^[A-Z]{3}$/))),
});
export type LinkCues = z.infer<typeof LinkCues>;

let cached: LinkCues | null = null;

/** knowledge/link-cues.json: the words the link step reads sentences with. */
export function linkCues(): LinkCues {
  return (cached ??= readJsonFile(join(KNOWLEDGE_DIR, 'link-cues.json'), LinkCues));
}
