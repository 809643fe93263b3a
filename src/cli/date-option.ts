import { InvalidInput } from '../model/errors.ts';

/** `--date YYYY-MM-DD`: a real calendar day, or a usage error that says what was wrong. */
export function dateOption(value: string | undefined): string | null {
  if (value === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const [y, mo, d] = m ? [+m[1], +m[2], +m[3]] : [0, 0, 0];
  const real = m && mo >= 1 && mo <= 12 && d >= 1 && d <= new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (!real) throw new InvalidInput(`atlas: --date must be a calendar day written YYYY-MM-DD, found "${value}"`);
  return m[0];
}
