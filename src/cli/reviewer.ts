import { userInfo } from 'node:os';
import { InvalidInput } from '../model/errors.ts';

/** Who is deciding: --reviewer, else $ATLAS_REVIEWER, else the login name. */
export function reviewerName(option: string | undefined): string {
  const name = (option ?? process.env.ATLAS_REVIEWER ?? safeLogin() ?? '').trim();
  if (!name) throw new InvalidInput('atlas: say who is reviewing with --reviewer NAME or ATLAS_REVIEWER');
  if (name.length > 100) throw new InvalidInput('atlas: a reviewer name is at most 100 characters');
  return name;
}

function safeLogin(): string | null {
  try { return userInfo().username; } catch { return null; }
}

/** `--set key=value` pairs: numbers and JSON values as such, anything else as text, `null` as null. */
export function parseSetOptions(pairs: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new InvalidInput(`atlas: --set expects KEY=VALUE, found "${p}"`);
    const raw = p.slice(eq + 1).trim();
    let value: unknown = raw;
    if (raw === 'null') value = null;
    else if (/^-?\d+(\.\d+)?$/.test(raw)) value = Number(raw);
    else if (/^[{["]/.test(raw)) {
      try { value = JSON.parse(raw); } catch { throw new InvalidInput(`atlas: --set ${p.slice(0, eq)}: the value is not valid JSON`); }
    }
    out[p.slice(0, eq).trim()] = value;
  }
  return out;
}
