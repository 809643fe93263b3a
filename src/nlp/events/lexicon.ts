import type { EventLexicon } from '../knowledge/events.ts';
import { escapeRe } from '../dates/lexicon.ts';
import { anaphoricDeterminers } from './corefer.ts';
import { compileTriggerScanner, type TriggerScanner } from './trigger-scan.ts';

/** Every trigger of every type, heaviest first and longer first among equals, so where two start at one place the more specific wins. */
export interface CompiledTriggers {
  scanner: TriggerScanner;
  /** `id` is the trigger's rule id: "agreement.signed". */
  alternatives: { type: string; weight: number; id: string }[];
}

/** The event lexicon compiled once per loaded knowledge. */
export interface CompiledEvents {
  triggers: CompiledTriggers;
  cooperation: Map<string, string | null>;
  overrides: { from: Set<string>; to: string; when: RegExp }[];
  /** A future or modal word: a date after it in its clause is a plan's horizon. */
  future: RegExp;
  /** Tested on the text just before a trigger. */
  intentionBefore: RegExp;
  vagueBefore: RegExp;
  negatedBefore: RegExp;
  habitualBefore: RegExp;
  commentary: RegExp;
  habitual: RegExp;
  meeting: RegExp;
  occasionBack: RegExp;
  /** A word that names a meeting itself ("talks", "summit"), not a bare "held". */
  meetingWord: RegExp;
  exerciseHead: RegExp;
  /** A determiner (and modifiers) right before a trigger: "the drills" points back to a happening told before. */
  anaphoric: RegExp;
  /** A known exercise name right before a year ("Zapad-2009"), in group 1. */
  knownExercise: RegExp;
  clauseBreak: RegExp;
  subordinator: RegExp;
}

const cache = new WeakMap<EventLexicon, CompiledEvents>();
const NEVER = /(?!)/;
const NEVER_G = /(?!)/g;
const words = (list: readonly string[]) => (list.length ? list.map(escapeRe).join('|') : '(?!)');
// Entries of these lists may hold small regex fragments ("plans? to"); spaces match any whitespace.
const fragments = (list: readonly string[]) => (list.length ? list.map((w) => w.replace(/ /g, '\\s+')).join('|') : '(?!)');

// A break that starts with a space (" while ") starts only where a run of spaces starts: a leading
// `\s+` tried from inside a long run of spaces rescans it from every position (quadratic). The
// match found is the same: a run's first space is where the leftmost match started anyway. The
// check comes after the first space (`\s(?<!\s\s)\s*`, the same matches as `(?<!\s)\s+`): a pattern
// opening with a lookbehind is tried at every character, one opening with \s only at spaces.
const clauseBreakSource = (b: string) => escapeRe(b).replace(/^\\s\+/, '\\s(?<!\\s\\s)\\s*');

export function compileEvents(lex: EventLexicon): CompiledEvents {
  const hit = cache.get(lex);
  if (hit) return hit;
  const all = lex.types.flatMap((t) => t.triggers.map((trig) => ({ type: t.id, weight: trig.weight ?? t.weight, pattern: trig.pattern, id: `${t.id}.${trig.id}` })));
  all.sort((a, b) => b.weight - a.weight || b.pattern.length - a.pattern.length);
  const triggers: CompiledTriggers = {
    scanner: compileTriggerScanner(all.map((a) => a.pattern)),
    alternatives: all.map(({ type, weight, id }) => ({ type, weight, id })),
  };
  const c = lex.cues;
  const compiled: CompiledEvents = {
    triggers,
    cooperation: new Map(lex.types.map((t) => [t.id, t.cooperation])),
    overrides: c.typeOverrides.map((o) => ({ from: new Set(o.from), to: o.to, when: new RegExp(`\\b(?:${o.when})\\b`, 'i') })),
    future: c.futureCues.length ? new RegExp(`\\b(?:${fragments(c.futureCues)})\\b`, 'i') : NEVER,
    intentionBefore: new RegExp(`(?:\\b(?:${fragments(c.intentionCues)})\\b(?:,?\\s+[\\w'\u2019-]+){0,6},?\\s+|\\bto\\s+)$`, 'i'),
    // Contracted negations ("didn't", "hasn’t") end the list of negation words.
    negatedBefore: new RegExp(`(?:\\b(?:${fragments(c.negationCues)})|n['\u2019]t)\\s+(?:[\\w-]+\\s+){0,2}$`, 'i'),
    habitualBefore: new RegExp(`\\b(?:${words(c.habitualCues)})\\s+(?:[\\w-]+\\s+){0,2}$`, 'i'),
    vagueBefore: new RegExp(`\\b(?:${words(c.vagueDeterminers)})\\s+(?:[\\w-]+\\s+)?$`, 'i'),
    commentary: new RegExp(`\\b(?:[A-Z][\\w'\u2019-]{0,40}|he|she|they)\\s+(?:also\\s+)?(?:${words(c.commentaryVerbs)})\\b|\\b(?:${words(c.attribution.prefixes)})\\s+[A-Z]`),
    habitual: new RegExp(`\\b(?:${words(c.habitualCues)})\\b`, 'i'),
    meeting: new RegExp(c.meetingPhrase, 'gi'),
    occasionBack: new RegExp(c.occasionBack, 'i'),
    meetingWord: new RegExp(`\\b(?:${fragments(c.meetingWords)})\\b`, 'i'),
    exerciseHead: new RegExp(c.exerciseHead, 'g'),
    anaphoric: anaphoricDeterminers(c.anaphoricSubjects),
    knownExercise: c.exerciseNames.length ? new RegExp(`(${c.exerciseNames.map((n) => escapeRe(n).replace(/ /g, '\\s+')).join('|')})(?=[\\s-]\\d{4}\\b)`, 'g') : NEVER_G,
    clauseBreak: c.clauseBreaks.length ? new RegExp(c.clauseBreaks.map(clauseBreakSource).join('|'), 'gi') : NEVER,
    subordinator: new RegExp(`^[\\s,;:\u2014-]*(?:${words(c.subordinators)})\\b`, 'i'),
  };
  cache.set(lex, compiled);
  return compiled;
}
