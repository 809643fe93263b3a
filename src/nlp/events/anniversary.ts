import { PartialDates } from '../../model/date.ts';
import type { DateSpan } from '../state.ts';

/** "the 20th anniversary of", "the tenth anniversary of the": the ordinal in group 1, right before a trigger. */
const ANNIVERSARY_BEFORE = /\b(\d{1,3}(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "This year marks the 20th anniversary of the establishment of the SCO": the anniversary is dated, the
 * happening it marks took place that many years before. Returns the shifted date (year precision, its
 * evidence the ordinal and the date it counts from), or null when the trigger is no anniversary's object.
 */
export function anniversaryDate(text: string, clauseStart: number, triggerStart: number, dated: DateSpan, words: OrdinalWords): DateSpan | null {
  const before = text.slice(Math.max(clauseStart, triggerStart - 80), triggerStart);
  const m = ANNIVERSARY_BEFORE.exec(before);
  if (!m) return null;
  const ordinal = m[1]!.toLowerCase();
  const years = /^\d/.test(ordinal) ? parseInt(ordinal, 10) : ordinalValues(words).get(ordinal) ?? null;
  const year = Number(dated.date.start.slice(0, 4));
  if (!years || !Number.isFinite(year) || years >= year) return null;
  const at = triggerStart - before.length + m.index;
  return {
    start: Math.min(at, dated.start), end: Math.max(at + m[0].length, dated.end), quote: dated.quote, sentence: dated.sentence,
    date: PartialDates.year(year - years), relative: true, rule: `${dated.rule}@anniversary`,
  };
}

/** knowledge/numbers.json's ordinal words (in order: "first" ... "nineteenth", then "twentieth" ... by tens) and tens. */
export interface OrdinalWords {
  ordinals: readonly string[];
  tens: Readonly<Record<string, number>>;
}

const cache = new WeakMap<OrdinalWords, Map<string, number>>();

/** Every ordinal word up to the nineties with its value ("tenth" 10, "twenty-fifth" 25), built once per lexicon. */
function ordinalValues(words: OrdinalWords): Map<string, number> {
  let values = cache.get(words);
  if (values) return values;
  values = new Map();
  words.ordinals.forEach((w, k) => {
    if (k < 19) values!.set(w, k + 1);
    else if (k < 27) values!.set(w, (k - 17) * 10);
  });
  const units = [...values].filter(([, v]) => v < 10);
  for (const [ten, t] of Object.entries(words.tens)) for (const [unit, u] of units) values.set(`${ten}-${unit}`, t + u);
  cache.set(words, values);
  return values;
}
