import * as chrono from 'chrono-node';
import { allMatches } from '../all-matches.ts';
import { PartialDates } from '../../model/date.ts';
import type { DateCandidate } from './candidates.ts';
import type { DateLexicon } from './lexicon.ts';

/**
 * Month expressions ("June 3, 1997", "in April 2011", "March 14", "from March to May 2012") through
 * chrono. Only results that name a month are kept; a year chrono had to guess is left for the anchor.
 */
export function monthCandidates(text: string, offset: number, lex: DateLexicon, reference: Date): DateCandidate[] {
  if (!lex.monthGate.test(text)) return [];
  const out: DateCandidate[] = dayRanges(text, offset, lex);
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(text, reference);
  } catch {
    return [];
  }
  for (const r of results) {
    if (!lex.monthGate.test(r.text) || !r.start.isCertain('month')) continue;
    const start = offset + r.index;
    const end = start + r.text.length;
    const month = r.start.get('month') ?? 0;
    const day = r.start.isCertain('day') ? r.start.get('day') : null;
    if (!r.start.isCertain('year')) {
      out.push({ start, end, rule: 'dates.month-anchored', date: null, month: { month, day } });
      continue;
    }
    const year = r.start.get('year') ?? 0;
    const from = day ? PartialDates.day(year, month, day) : PartialDates.month(year, month);
    if (r.end && r.end.isCertain('month')) {
      const ey = r.end.get('year') ?? year;
      const em = r.end.get('month') ?? month;
      const ed = r.end.isCertain('day') ? r.end.get('day') : null;
      const to = ed ? PartialDates.day(ey, em, ed) : PartialDates.month(ey, em);
      out.push({ start, end, rule: 'dates.interval', date: PartialDates.interval(from, to) });
    } else {
      out.push({ start, end, rule: day ? 'dates.day' : 'dates.month', date: from });
    }
  }
  return out;
}

// chrono reads "September 14 and 20, 2017" as September 14 of a year it must guess; the longer
// span found here wins over it.
function dayRanges(text: string, offset: number, lex: DateLexicon): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(lex.monthDayRange, text)) {
    const month = lex.monthByName.get(m[1]!.toLowerCase());
    const [from, to, year] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (!month || from < 1 || to > 31 || from >= to) continue;
    const start = offset + m.index;
    out.push({ start, end: start + m[0].length, rule: 'dates.interval', date: PartialDates.interval(PartialDates.day(year, month, from), PartialDates.day(year, month, to)) });
  }
  return out;
}
