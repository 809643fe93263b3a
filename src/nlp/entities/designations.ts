import type { EquipmentPattern } from '../knowledge/equipment.ts';
import { firstCharClass } from '../first-chars.ts';

/** All designation patterns as one regex (one scan over the text) plus each pattern anchored, to tell which matched. */
export interface CompiledDesignations {
  any: RegExp;
  each: { pattern: EquipmentPattern; re: RegExp }[];
}

export function compileDesignations(patterns: readonly EquipmentPattern[]): CompiledDesignations {
  const body = patterns.map((p) => `(?:${p.regex.replace(/\((?!\?)/g, '(?:')})`).join('|');
  // A designation starts at a word start and ends before a letter/digit; a trailing lower-case s is a plural.
  // The first-character lookahead changes no match; it spares trying every alternative at every position.
  const firsts = firstCharClass(patterns.map((p) => p.regex));
  const any = new RegExp(`${firsts ? `(?=${firsts})` : ''}(?<![\\p{L}\\p{N}/-])(?:${body})(s)?(?![\\p{L}\\p{N}]|-\\p{N})`, 'gu');
  const each = patterns.map((p) => ({ pattern: p, re: new RegExp(`^(?:${p.regex})`, 'u') }));
  return { any, each };
}

/** The folded form used to look a designation up: "MiG 29" = "MIG-29" = "mig29". */
export function designationKey(s: string): string | null {
  if (!/\d/.test(s)) return null;
  return s.toLowerCase().replace(/[\s‐‑–-]+/g, '');
}

export interface DesignationHit {
  start: number;
  end: number;
  /** The model as written, without a plural s. */
  written: string;
  canonical: string;
  plural: boolean;
  pattern: EquipmentPattern;
}

export function findDesignations(text: string, c: CompiledDesignations): DesignationHit[] {
  const hits: DesignationHit[] = [];
  c.any.lastIndex = 0;
  for (let m = c.any.exec(text); m; m = c.any.exec(text)) {
    const whole = m[0];
    const plural = m[m.length - 1] === 's';
    const written = plural ? whole.slice(0, -1) : whole;
    const found = c.each.find((e) => {
      const mm = e.re.exec(written);
      return mm && mm[0].length === written.length;
    });
    if (!found) continue;
    const mm = found.re.exec(written)!;
    const prefix = found.pattern.prefix || mm[1] || '';
    const rest = written.slice((mm[1] ?? '').length).replace(/^[\s‐‑–-]/, '');
    hits.push({
      start: m.index, end: m.index + whole.length, written, plural, pattern: found.pattern,
      canonical: prefix ? `${prefix}${found.pattern.sep}${rest}` : written,
    });
  }
  return hits;
}
