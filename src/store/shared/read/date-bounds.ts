import { InvalidInput } from '../../../model/errors.ts';

const pad = (n: number) => String(n).padStart(2, '0');

function parts(s: string, what: string): [string, string | undefined, string | undefined] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s.trim());
  if (!m) throw new InvalidInput(`atlas: expected a date as YYYY, YYYY-MM or YYYY-MM-DD for ${what}, found ${JSON.stringify(s)}`);
  return [m[1]!, m[2], m[3]];
}

/** The first day a partial ISO date covers: "2008" -> 2008-01-01, "2008-02" -> 2008-02-01. */
export function firstDay(s: string, what = 'from'): string {
  const [y, m, d] = parts(s, what);
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}

/** The last day a partial ISO date covers: "2008" -> 2008-12-31, "2008-02" -> 2008-02-29. */
export function lastDay(s: string, what = 'to'): string {
  const [y, m, d] = parts(s, what);
  if (d) return `${y}-${m}-${d}`;
  if (!m) return `${y}-12-31`;
  return `${y}-${m}-${pad(new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate())}`;
}
