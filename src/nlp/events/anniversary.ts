import { PartialDates } from '../../model/date.ts';
import type { DateSpan } from '../state.ts';

/** "the 20th anniversary of", "the tenth anniversary of the": the ordinal in group 1, right before a trigger. */
const ANNIVERSARY_BEFORE = /\b(\d{1,3})(?:st|nd|rd|th)?\s+anniversary\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$|\b([a-z]+(?:-[a-z]+)?)\s+anniversary\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * "This year marks the 20th anniversary of the establishment of the SCO": the anniversary is dated, the
 * happening it marks took place that many years before. Returns the shifted date (year precision, its
 * evidence the ordinal and the date it counts from), or null when the trigger is no anniversary's object.
 * `ordinals` are the ordinal words in order ("first" ... "nineteenth", then "twentieth" ... by tens).
 */
export function anniversaryDate(text: string, clauseStart: number, triggerStart: number, dated: DateSpan, ordinals: readonly string[], tens: ReadonlyMap<string, number>): DateSpan | null {
  const before = text.slice(Math.max(clauseStart, triggerStart - 80), triggerStart);
  const m = ANNIVERSARY_BEFORE.exec(before);
  if (!m) return null;
  const years = m[1] ? Number(m[1]) : ordinalValue(m[2]!.toLowerCase(), ordinals, tens);
  const year = Number(dated.date.start.slice(0, 4));
  if (!years || !Number.isFinite(year) || years >= year) return null;
  const at = triggerStart - before.length + m.index;
  return {
    start: Math.min(at, dated.start), end: Math.max(at + m[0].length, dated.end), quote: dated.quote, sentence: dated.sentence,
    date: PartialDates.year(year - years), relative: true, rule: `${dated.rule}@anniversary`,
  };
}

function ordinalValue(word: string, ordinals: readonly string[], tens: ReadonlyMap<string, number>): number | null {
  const simple = (w: string) => {
    const k = ordinals.indexOf(w);
    if (k < 0) return null;
    // The list runs first..nineteenth, then the tens.
    return k < 19 ? k + 1 : k < 27 ? (k - 17) * 10 : null;
  };
  const [a, b] = word.split('-');
  if (b === undefined) return simple(a);
  const t = tens.get(a);
  const u = simple(b);
  return t && u && u < 10 ? t + u : null;
}
