import { existsSync } from 'node:fs';
import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';
import { type EventTypeDef, loadEventTypes } from '../../knowledge-files/event-types.ts';

export { EventTypeDef } from '../../knowledge-files/event-types.ts';

const Words = z.array(z.string().min(1));

export const DateWords = z.object({
  months: z.array(z.object({ number: z.number().int().min(1).max(12), names: Words })).length(12),
  yearParts: z.array(z.object({ words: Words, precision: z.literal('year') })),
  seasons: z.array(z.object({ words: Words, fromMonth: z.number().int().min(1).max(12), toMonth: z.number().int().min(1).max(12) })),
  decadeParts: z.array(z.object({ words: Words, fromOffset: z.number().int().min(0).max(9), toOffset: z.number().int().min(0).max(9) })),
  relative: z.array(z.object({
    phrase: z.string().min(1),
    /** anaphoric: resolves against the date just mentioned; deictic: against the time of writing or speaking. */
    kind: z.enum(['anaphoric', 'deictic']),
    /** year/month/day: the anchor plus offset of that unit, never finer than the anchor; same: the anchor itself at its own precision. */
    unit: z.enum(['year', 'month', 'week', 'day', 'same']),
    offset: z.number().int(),
    /** Weak phrases anchor nothing by themselves: events use them only when nothing better is in the sentence. */
    weak: z.boolean().optional(),
    /** How many sentences back the anchor may be when it is in another paragraph (default 3). */
    reach: z.number().int().min(0).optional(),
  })),
  /** Day names (Monday = 1): a weekday is dated from the publication date. */
  weekdays: z.array(z.object({ number: z.number().int().min(1).max(7), names: Words })).default([]),
  monthAnaphors: Words,
  /** Words before a month or season name whose year is the anchor's ("that September") or the next one after it ("the following spring"). */
  monthDeterminers: z.object({ same: Words, next: Words }).optional(),
  targetCues: Words,
  referenceCues: Words,
  /** Regex fragments ending right before a date that make it a point of comparison ("the largest since"). */
  referencePatterns: z.array(z.string().min(1)).optional(),
  countNouns: Words,
  minYear: z.number().int(),
  maxYear: z.number().int(),
});
export type DateWords = z.infer<typeof DateWords>;

export const EventCues = z.object({
  clauseBreaks: z.array(z.string().min(1)),
  futureCues: Words,
  /** Words before a trigger that make it an intention or a topic, not a happening ("plans to join", "to discuss procurement"). */
  intentionCues: Words,
  /** Present-tense reporting verbs of an analyst ("Smith notes"): commentary, not dated statements. */
  commentaryVerbs: Words,
  /** Habits and states ("each year", "regularly") date nothing by themselves. */
  habitualCues: Words,
  /** "further agreements followed": a vague plural borrows no date. */
  vagueDeterminers: Words,
  /** A trigger right after a negation did not happen ("never joined the bloc", "none enlisted"). */
  negationCues: Words,
  /** A meeting told as the occasion of another event ("during a 2012 visit"). */
  meetingPhrase: z.string().min(1),
  /** A clause set at a gathering told before ("at the end of their meeting"): it happened on that gathering's day. */
  occasionBack: z.string().min(1).default('(?!)'),
  /** Words that name a meeting itself (regex fragments): a named exercise that was merely "held" is no meeting without one. */
  meetingWords: Words.default([]),
  /** A name right before an exercise word ("Kavkaz joint exercises"): later "Kavkaz 2009" is that exercise. */
  exerciseHead: z.string().min(1),
  /** Exercises known by name, held again year after year ("Zapad", "Peace Mission"): "Zapad-2009" is one held in 2009. */
  exerciseNames: Words.default([]),
  /** Words that open a subordinate clause ending at the next comma ("while visiting X, ..."). */
  subordinators: Words,
  anaphoricSubjects: Words,
  typeOverrides: z.array(z.object({ from: Words, to: z.string().min(1), when: z.string().min(1) })),
  attribution: z.object({ prefixes: Words, asVerbs: Words, thatVerbs: Words }),
  quoteVerbs: Words,
  speakerTitles: Words,
});
export type EventCues = z.infer<typeof EventCues>;

export interface EventLexicon {
  types: EventTypeDef[];
  dateWords: DateWords;
  cues: EventCues;
}

/** Loads schema/event-types.json, knowledge/date-words.json and knowledge/event-cues.json. */
export function loadEvents(knowledgeDir: string, schemaDir: string): EventLexicon {
  const { types } = loadEventTypes(schemaDir, knowledgeDir);
  const dateWords = readJsonFile(`${knowledgeDir}/date-words.json`, DateWords);
  const cuesPath = `${knowledgeDir}/event-cues.json`;
  const cues = existsSync(cuesPath) ? readJsonFile(cuesPath, EventCues) : EMPTY_CUES;
  const ids = new Set(types.map((t) => t.id));
  for (const o of cues.typeOverrides) {
    for (const id of [...o.from, o.to]) {
      if (!ids.has(id)) throw new InvalidSchema(`atlas: ${cuesPath}: typeOverrides names unknown event type "${id}" (known: ${[...ids].join(', ')})`);
    }
  }
  return { types, dateWords, cues };
}

const EMPTY_CUES: EventCues = {
  clauseBreaks: [], futureCues: [], intentionCues: [], commentaryVerbs: [], habitualCues: [], vagueDeterminers: [], negationCues: [],
  meetingPhrase: '(?!)', occasionBack: '(?!)', meetingWords: [], exerciseHead: '(?!)', exerciseNames: [], subordinators: [], anaphoricSubjects: [], typeOverrides: [],
  attribution: { prefixes: [], asVerbs: [], thatVerbs: [] }, quoteVerbs: [], speakerTitles: [],
};
