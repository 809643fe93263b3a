import type { DateWords } from '../knowledge/events.ts';
import { compileDateWords } from '../dates/lexicon.ts';

/** A calendar date as a page writes it in a stamp, byline or dateline; `year` is null when not written. */
export interface WrittenDate {
  start: number;
  end: number;
  year: number | null;
  month: number;
  day: number;
}

export interface WrittenDateForms {
  /** Any full date (day, month and year), optionally with a weekday before and a time after. */
  full: RegExp;
  /** A month and day without a year ("January 17", "17 Jan"). */
  monthDay: RegExp;
  monthByName: Map<string, number>;
}

const cache = new WeakMap<DateWords, WrittenDateForms>();
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const TIME = '(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*\\(?(?:GMT|UTC|[A-Z]{3,4})(?:\\s*[+-]\\d{1,2}(?::?\\d{2})?)?\\)?)?)?';

/** Regexes for the written forms of dates, built from the month names of date-words.json. */
export function writtenDateForms(words: DateWords): WrittenDateForms {
  let forms = cache.get(words);
  if (forms) return forms;
  const { monthByName } = compileDateWords(words);
  // "Sept" and full names first: the alternation takes the longest name that fits.
  const names = [...monthByName.keys()].sort((a, b) => b.length - a.length).join('|');
  const M = `(${names})\\.?`;
  // "2016-01-28", and the dotted or slashed year-first form of East Asian and Mongolian pages ("2016.01.28").
  const iso = '(\\d{4})[-./](\\d{2})[-./](\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?';
  const numeric = '(\\d{1,2})[./](\\d{1,2})[./](\\d{4})';
  // "May 23, 2016", and "May 23,2016" as page templates print it.
  const monthFirst = `${WEEKDAY}${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)(\\d{4})`;
  const dayFirst = `${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${M},?\\s+(\\d{4}|\\d{2}(?!\\d|:\\d))`;
  forms = {
    full: new RegExp(`(?<![\\w.-])(?:${iso}|${numeric}|${monthFirst}|${dayFirst})${TIME}(?![\\w])`, 'i'),
    monthDay: new RegExp(`(?<![\\w.-])(?:${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${M})(?![\\w:])`, 'i'),
    monthByName,
  };
  cache.set(words, forms);
  return forms;
}

export type FullDate = WrittenDate & { year: number };

/** The first full date in `text`, with offsets shifted by `offset`, or null. */
export function findFullDate(text: string, forms: WrittenDateForms, offset = 0): FullDate | null {
  const m = forms.full.exec(text);
  if (!m) return null;
  const start = offset + m.index, end = start + m[0].length;
  let y: number, mo: number, d: number;
  if (m[1]) [y, mo, d] = [+m[1], +m[2], +m[3]];
  else if (m[4]) {
    // Dotted and slashed dates on the pages of the region are day first; a first part over 12 can only be a day.
    const a = +m[4], b = +m[5];
    [y, mo, d] = b > 12 && a <= 12 ? [+m[6], a, b] : [+m[6], b, a];
  } else if (m[7]) [y, mo, d] = [+m[9], forms.monthByName.get(m[7].toLowerCase()) ?? 0, +m[8]];
  else [y, mo, d] = [fullYear(m[12]), forms.monthByName.get(m[11].toLowerCase()) ?? 0, +m[10]];
  return valid(y, mo, d) ? { start, end, year: y, month: mo, day: d } : null;
}

/** The first month and day without a year ("January 17") in `text`, or null. */
export function findMonthDay(text: string, forms: WrittenDateForms, offset = 0): WrittenDate | null {
  const m = forms.monthDay.exec(text);
  if (!m) return null;
  const month = forms.monthByName.get((m[1] ?? m[4]).toLowerCase()) ?? 0;
  const day = +(m[2] ?? m[3]);
  if (!valid(2000, month, day)) return null;
  return { start: offset + m.index, end: offset + m.index + m[0].length, year: null, month, day };
}

// "12 Mar 08": a two-digit year of a page stamp is this century's up to 50, else the last one's.
function fullYear(s: string): number {
  const n = +s;
  return s.length === 2 ? (n <= 50 ? 2000 + n : 1900 + n) : n;
}

function valid(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isoDay(d: { year: number; month: number; day: number }): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
