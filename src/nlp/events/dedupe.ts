import { formatPartialDate } from '../../model/date.ts';
import type { Event } from '../../model/facts.ts';

/** Two tellings closer than this many sentences are two happenings (a list, a sequence), not one told twice. */
const MIN_GAP = 4;
/** A word shared by two titles identifies a happening only if few sentences of the document use it. */
const RARE_SHARE = 0.05;

// Function words are frequent anyway, but short documents make every word look rare.
const STOP = new Set(('also although because been before being between both could does during each from have having into more most ' +
  'much only other over same since some such than that their them then there these they this those through under until very were ' +
  'what when where which while will with within would year years').split(' '));
export const words = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length >= 4 && !STOP.has(w) && !/\d/.test(w));

/**
 * The same happening told again later keeps its first telling: same type, same date, in another
 * paragraph at least a few sentences away, and the titles share a word that is rare in the document
 * (an acronym, "charter"; not the country every sentence names, nor a person's name). Statements and list
 * items are never merged. `personWords`: the lower-case words of the document's PERSON names.
 */
export function dedupeEvents(
  events: readonly Event[], paragraphOf: readonly number[], sentenceTexts: readonly string[], personWords: ReadonlySet<string> = new Set(),
): Event[] {
  const df = new Map<string, number>();
  for (const t of sentenceTexts) for (const w of new Set(words(t))) df.set(w, (df.get(w) ?? 0) + 1);
  // A person's name tells nothing: one person does several things on one day.
  const rare = (w: string) => !personWords.has(w) && (df.get(w) ?? 0) <= Math.max(2, RARE_SHARE * sentenceTexts.length);
  const kept: Event[] = [];
  const titleWords = new Map<Event, string[]>();
  for (const e of events) {
    if (e.type === 'statement' || e.rule === 'events.list') {
      kept.push(e);
      continue;
    }
    const own = words(e.title);
    const mine = new Set(own.filter(rare));
    const dup = kept.some((k) => paragraphOf[k.sentence] !== paragraphOf[e.sentence] && Math.abs(k.sentence - e.sentence) >= MIN_GAP
      && k.type === e.type && formatPartialDate(k.date) === formatPartialDate(e.date)
      && (titleWords.get(k) ?? []).some((w) => mine.has(w)));
    if (!dup) {
      kept.push(e);
      titleWords.set(e, own);
    }
  }
  return kept;
}
