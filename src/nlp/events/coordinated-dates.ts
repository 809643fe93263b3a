import type { DateSpan } from '../state.ts';
import type { Clause } from './clauses.ts';
import { inside, type Ctx } from './ctx.ts';
import { findTriggers } from './triggers.ts';

// "in 2008 and again in 2012", "in 2008, 2010 and 2012": dates joined by a comma or "and" and nothing else.
const JOINED = /^\s*(?:,\s*)?(?:(?:and|or|as well as)\s+)?(?:(?:again|later|also|then|once\s+(?:more|again))\s+)?(?:(?:in|on|during)\s+)?$/i;
// "joined the program in 1994 and the CSTO in 2002": a second object and its date, the verb understood.
// "hosted the exercise in 2010, Tajikistan in 2012, and China in 2014": a comma may stand for the "and".
const ELLIPSIS = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:[\w-]+\s+){1,4}(?:in|on)\s+$/i;

/**
 * The other dates of one happening told several times over: dates of the clause chained to the
 * picked one by a comma or "and" (each gap free of a trigger), in text order, the picked one left out.
 */
export function coordinatedDates(ctx: Ctx, sentence: number, clause: Clause, picked: DateSpan): DateSpan[] {
  const { text } = ctx.state;
  // A month whose year the text gave before ("In September and November") is stated as much as one with its year.
  const list = (ctx.dates.get(sentence) ?? []).filter((d) => inside(d, clause) && (!d.relative || d.rule.startsWith('dates.month-anchored')));
  const at = list.indexOf(picked);
  if (at < 0 || list.length < 2) return [];
  const joined = (a: DateSpan, b: DateSpan) => {
    if (b.date.precision !== a.date.precision && !(a.date.precision !== 'day' && b.date.precision !== 'day')) return false;
    const gap = text.slice(a.end, b.start);
    if (JOINED.test(gap) && /[,a-z]/i.test(gap)) return true;
    return ELLIPSIS.test(gap) && !findTriggers(text, a.end, b.start, ctx.ev, ctx.quotes).length;
  };
  let lo = at;
  let hi = at;
  while (lo > 0 && joined(list[lo - 1], list[lo])) lo--;
  while (hi + 1 < list.length && joined(list[hi], list[hi + 1])) hi++;
  return list.slice(lo, hi + 1).filter((d) => d !== picked);
}
