import { z } from 'zod';

/** How precise a date is; nothing finer than the text allows is ever invented. */
export const DatePrecision = z.enum(['day', 'month', 'year', 'decade', 'interval']);
export type DatePrecision = z.infer<typeof DatePrecision>;

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * A partial date: `start` is the earliest day the text allows and `end` the latest.
 * "In February 2008" -> 2008-02-01 .. 2008-02-29, month; "the 1990s" -> 1990-01-01 .. 1999-12-31, decade;
 * "between 1992 and 2000" -> 1992-01-01 .. 2000-12-31, interval.
 */
export const PartialDate = z.object({
  start: IsoDay,
  end: IsoDay,
  precision: DatePrecision,
});
export type PartialDate = z.infer<typeof PartialDate>;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export const PartialDates = {
  day(year: number, month: number, day: number): PartialDate {
    const d = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    return { start: d, end: d, precision: 'day' };
  },
  month(year: number, month: number): PartialDate {
    return {
      start: `${pad(year, 4)}-${pad(month)}-01`,
      end: `${pad(year, 4)}-${pad(month)}-${pad(lastDayOfMonth(year, month))}`,
      precision: 'month',
    };
  },
  year(year: number): PartialDate {
    return { start: `${pad(year, 4)}-01-01`, end: `${pad(year, 4)}-12-31`, precision: 'year' };
  },
  decade(firstYear: number): PartialDate {
    return { start: `${pad(firstYear, 4)}-01-01`, end: `${pad(firstYear + 9, 4)}-12-31`, precision: 'decade' };
  },
  interval(from: PartialDate, to: PartialDate): PartialDate {
    return { start: from.start, end: to.end, precision: 'interval' };
  },
};

/** The year a partial date starts in. */
export function yearOf(d: PartialDate): number {
  return Number(d.start.slice(0, 4));
}

/**
 * The date as the eval contract writes it: YYYY, YYYY-MM or YYYY-MM-DD, an interval as
 * `1992/2000`, a decade as its first year's interval (`1990/1999`).
 */
export function formatPartialDate(d: PartialDate): string {
  switch (d.precision) {
    case 'day':
      return d.start;
    case 'month':
      return d.start.slice(0, 7);
    case 'year':
      return d.start.slice(0, 4);
    case 'decade':
    case 'interval': {
      const a = intervalEnd(d.start, d.end, 'start');
      const b = intervalEnd(d.start, d.end, 'end');
      return a === b ? a : `${a}/${b}`;
    }
  }
}

// An interval end is printed as coarsely as it was given: whole years stay years.
function intervalEnd(start: string, end: string, which: 'start' | 'end'): string {
  const wholeYears = start.slice(5) === '01-01' && end.slice(5) === '12-31';
  if (wholeYears) return (which === 'start' ? start : end).slice(0, 4);
  const wholeMonths = start.endsWith('-01') && end.slice(8) === pad(lastDayOfMonth(+end.slice(0, 4), +end.slice(5, 7)));
  if (wholeMonths) return (which === 'start' ? start : end).slice(0, 7);
  return which === 'start' ? start : end;
}

/** Human label at the stored precision: "Feb 2008", "1990s", "1992–2000". */
export function labelPartialDate(d: PartialDate): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  switch (d.precision) {
    case 'day':
      return `${Number(d.start.slice(8))} ${months[Number(d.start.slice(5, 7)) - 1]} ${d.start.slice(0, 4)}`;
    case 'month':
      return `${months[Number(d.start.slice(5, 7)) - 1]} ${d.start.slice(0, 4)}`;
    case 'year':
      return d.start.slice(0, 4);
    case 'decade':
      return `${d.start.slice(0, 4)}s`;
    case 'interval':
      return formatPartialDate(d).replace('/', '–');
  }
}
