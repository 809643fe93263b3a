import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';
import { Qualifier } from '../../model/facts.ts';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

const NumberMap = z.record(z.string().min(1), z.number());
const Code = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code');

/** knowledge/numbers.json: how figures are written (words, scales, qualifiers, currencies) and where they are labels. */
export const NumberWords = z.object({
  units: NumberMap,
  tens: NumberMap,
  scales: NumberMap,
  scaleAbbreviations: NumberMap,
  collectives: NumberMap,
  vague: z.array(z.string()),
  ordinals: z.array(z.string()),
  fractions: NumberMap,
  qualifiers: z.record(z.string().min(1), Qualifier),
  postQualifiers: z.record(z.string().min(1), Qualifier),
  currencies: z.object({
    symbols: z.record(z.string().min(1), Code),
    codes: z.array(Code),
    codeAliases: z.record(Code, Code),
    words: z.record(z.string().min(1), Code),
  }),
  percentWords: z.array(z.string().min(1)),
  foldWords: z.array(z.string().min(1)),
  years: z.object({ min: z.number().int(), max: z.number().int() }),
  months: z.array(z.string().min(1)),
  furniture: z.array(z.string().min(1)),
  pageWords: z.array(z.string().min(1)),
  clockWords: z.array(z.string().min(1)),
});
export type NumberWords = z.infer<typeof NumberWords>;

export const QuantityKindDef = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string(),
  description: z.string(),
  /** Counted nouns, singular, or "singular|plural" when the plural is irregular. */
  nouns: z.array(z.string().min(1)),
  demonymSuffixes: z.array(z.string()).optional(),
  measureUnits: z.array(z.string().min(1)).optional(),
  timeUnits: z.array(z.string().min(1)).optional(),
});
export type QuantityKindDef = z.infer<typeof QuantityKindDef>;

/** schema/quantity-kinds.json: the kinds of quantity and the words that signal them. */
export const QuantityKinds = z.object({
  kinds: z.array(QuantityKindDef).min(1),
  compoundKinds: z.record(z.string(), z.union([z.array(z.string()), z.string()])),
  equipmentRoleUnits: z.record(z.string(), z.string().min(1)),
  strengthCues: z.array(z.string().min(1)),
  /** Nouns before "number N" that make N a label ("military base number 61933", "resolution number 1325"). */
  labelNouns: z.array(z.string().min(1)).default([]),
  ageCues: z.array(z.string().min(1)),
  rateWords: z.array(z.string().min(1)),
  containerNouns: z.array(z.string().min(1)),
  nounPhraseStops: z.array(z.string().min(1)),
  statuses: z.record(z.string().min(1), z.string().min(1)),
  moneyNouns: z.array(z.string().min(1)),
  moneyVerbs: z.record(z.string().min(1), z.string().min(1)),
  /** Participle phrase -> the forms of its verb ("sent by": send, sends, sent). */
  objectVerbs: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).default({}),
  discourseNouns: z.array(z.string().min(1)),
  relativeTimeWords: z.array(z.string().min(1)),
  groupCues: z.array(z.string().min(1)),
  /** Plural nouns that count machines through "of" ("24 pieces of essential equipment"). */
  machineCounters: z.array(z.string().min(1)).default([]),
  definiteBodyNouns: z.array(z.string().min(1)).default([]),
  participationCues: z.array(z.string().min(1)).default([]),
  /**
   * A counted noun with a second reading ("fighters": jets or combatants): it is of `kind` when its
   * sentence has one of `cues` and none of `against`.
   */
  senses: z.array(z.object({
    noun: z.string().min(1),
    kind: z.string().regex(/^[a-z_]+$/),
    cues: z.array(z.string().min(1)).min(1),
    against: z.array(z.string().min(1)).default([]),
  })).default([]),
});
export type QuantityKinds = z.infer<typeof QuantityKinds>;

export interface NumberLexicon {
  words: NumberWords;
  kinds: QuantityKinds;
}

const REQUIRED_KINDS = ['equipment', 'personnel', 'money', 'percent', 'count'];

export function loadNumbers(knowledgeDir: string, schemaDir: string): NumberLexicon {
  const words = readJsonFile(`${knowledgeDir}/numbers.json`, NumberWords);
  const kinds = readJsonFile(`${schemaDir}/quantity-kinds.json`, QuantityKinds);
  const ids = new Set(kinds.kinds.map((k) => k.id));
  const missing = REQUIRED_KINDS.filter((k) => !ids.has(k));
  if (missing.length) {
    throw new InvalidSchema(`atlas: ${schemaDir}/quantity-kinds.json: missing kinds ${missing.join(', ')}`);
  }
  const nouns = new Set(kinds.kinds.flatMap((k) => k.nouns.map((n) => n.split('|')[0].toLowerCase())));
  for (const s of kinds.senses) {
    if (!ids.has(s.kind)) throw new InvalidSchema(`atlas: ${schemaDir}/quantity-kinds.json: sense of "${s.noun}" names unknown kind ${s.kind}`);
    if (!nouns.has(s.noun.toLowerCase())) throw new InvalidSchema(`atlas: ${schemaDir}/quantity-kinds.json: sense of "${s.noun}" is for a noun no kind lists`);
  }
  return { words, kinds };
}
