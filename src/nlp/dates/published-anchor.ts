import { PartialDates, type PartialDate } from '../../model/date.ts';
import type { DateCandidate } from './candidates.ts';

// How far a weekday may be from the publication date: within the week around it.
const WEEK = 7;

const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const dayOf = (d: Date) => PartialDates.day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * Dates a phrase that only the day of writing can date: "on Monday", "yesterday", "last week",
 * "this month", and a month or day without a year ("on Oct. 4", "in June") when no date before it
 * in the text anchors it. `published` is the publication day; `forward` says the phrase looks
 * ahead (a plan, "will"), so a weekday or month is the next one, not the last. Null when the
 * phrase is not one of these.
 */
export function fromPublished(c: DateCandidate, published: string, forward: boolean): PartialDate | null {
  const pub = utc(published);
  if (c.weekday) return weekday(pub, c.weekday.day, c.weekday.modifier, forward);
  const rel = c.relative;
  if (c.month && !rel) return monthDay(pub, c.month.month, c.month.day, forward);
  if (!rel || rel.kind !== 'deictic') return null;
  if (rel.unit === 'day') return dayOf(addDays(pub, rel.offset));
  if (rel.unit === 'week') {
    // A week is dated only as finely as its days agree: the month they share, else nothing finer than the year.
    const first = addDays(pub, rel.offset * WEEK - ((pub.getUTCDay() + 6) % 7));
    const last = addDays(first, 6);
    if (first.getUTCMonth() === last.getUTCMonth()) return PartialDates.month(first.getUTCFullYear(), first.getUTCMonth() + 1);
    return first.getUTCFullYear() === last.getUTCFullYear() ? PartialDates.year(first.getUTCFullYear()) : null;
  }
  if (rel.unit === 'month') {
    const index = pub.getUTCFullYear() * 12 + pub.getUTCMonth() + rel.offset;
    return PartialDates.month(Math.floor(index / 12), (index % 12) + 1);
  }
  return null;
}

// News tells of the recent past: "on Monday" is the last Monday up to the day of publication
// ("last Monday" the one before today's week day, "next Monday" the coming one).
function weekday(pub: Date, day: number, modifier: string | null, forward: boolean): PartialDate {
  const today = ((pub.getUTCDay() + 6) % 7) + 1;
  let back = (today - day + WEEK) % WEEK;
  if (modifier === 'last' && back === 0) back = WEEK;
  if (modifier === 'next' || (forward && modifier !== 'last')) {
    let ahead = (day - today + WEEK) % WEEK;
    if (modifier === 'next' && ahead === 0) ahead = WEEK;
    return dayOf(addDays(pub, ahead));
  }
  return dayOf(addDays(pub, -back));
}

// "on Oct. 4" in an article of Oct. 6 is this year's; "in December" in a January article last year's,
// unless the sentence looks ahead.
function monthDay(pub: Date, month: number, day: number | null, forward: boolean): PartialDate {
  const year = pub.getUTCFullYear();
  const pubMonth = pub.getUTCMonth() + 1;
  const after = month > pubMonth || (month === pubMonth && day !== null && day > pub.getUTCDate() + 1);
  const before = month < pubMonth || (month === pubMonth && day !== null && day < pub.getUTCDate());
  let y = year;
  // A past telling of a later month is last year's; a plan for an earlier month next year's.
  if (!forward && after && month - pubMonth > 1) y = year - 1;
  if (forward && before && pubMonth - month > 1) y = year + 1;
  return day ? PartialDates.day(y, month, day) : PartialDates.month(y, month);
}
