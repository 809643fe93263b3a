import { formatPartialDate } from '../../model/date.ts';
import type { Event } from '../../model/facts.ts';

// Words too common in the field to tell two happenings apart.
const GENERIC = new Set(['military', 'defense', 'defence', 'armed', 'forces', 'force', 'security', 'cooperation', 'national',
  'international', 'government', 'ministry', 'minister', 'country', 'countries', 'which', 'their', 'these', 'those', 'there',
  'would', 'could', 'should', 'about', 'after', 'before', 'since', 'while', 'other', 'first', 'second', 'third', 'years', 'state', 'states']);

/**
 * The same happening told again in a later paragraph keeps its first telling: same type, same date
 * and a shared name-like word (in the quotes) or a shared distinctive word (in the titles).
 * Statements are never merged: one person says many things in a year. `paragraphOf` maps sentence -> paragraph.
 */
export function dedupeEvents(events: readonly Event[], paragraphOf: readonly number[]): Event[] {
  const kept: Event[] = [];
  for (const e of events) {
    if (e.type === 'statement') {
      kept.push(e);
      continue;
    }
    const names = nameWords(e.quote);
    const distinct = distinctWords(e.title);
    const dup = kept.some((k) => paragraphOf[k.sentence] !== paragraphOf[e.sentence] && k.type === e.type
      && formatPartialDate(k.date) === formatPartialDate(e.date)
      && (sharesKey(k, e) || [...nameWords(k.quote)].some((w) => names.has(w)) || [...distinctWords(k.title)].some((w) => distinct.has(w))));
    if (!dup) kept.push(e);
  }
  return kept;
}

const sharesKey = (a: Event, b: Event) => a.participants.some((p) => b.participants.some((q) => q.entityKey === p.entityKey && p.role !== 'location'));

// Capitalized words after the first, without month names' help: good enough to spot a shared proper name.
function nameWords(text: string): Set<string> {
  const words = text.trim().split(/[^\p{L}\p{N}-]+/u).slice(1);
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w) && w.length > 2 && !/^(?:The|This|That|In|On|By|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w)));
}

function distinctWords(title: string): Set<string> {
  return new Set(title.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => w.length >= 5 && !GENERIC.has(w)));
}
