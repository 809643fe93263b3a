import { allMatches } from '../all-matches.ts';
import { firstChars } from '../first-chars.ts';

/**
 * Finds the triggers of a clause as one alternation of every trigger would (leftmost match, the
 * earliest alternative at a place), without running that alternation at every character: a
 * regex engine tries each of a few hundred alternatives at each position. Triggers start at a
 * word, so only word starts are tried, each with the few alternatives that can begin with its
 * first letter.
 */
export interface TriggerScanner {
  /** Per lower-cased first character: the alternatives that can start with it, in priority order. */
  byFirst: Map<string, { re: RegExp; alternatives: number[] }>;
  /** Each alternative alone, sticky: which one matched where a bucket matched. */
  each: RegExp[];
  /** A word's first character that some alternative can start with. */
  wordStarts: RegExp;
  /** The whole alternation, used when some alternative's first character is unknown. */
  whole: RegExp | null;
}

export interface TriggerMatch {
  index: number;
  length: number;
  /** Index of the alternative (in priority order) that matched. */
  alternative: number;
}

const wrap = (body: string) => `\\b(?:${body})(?![\\w-])`;

export function compileTriggerScanner(patterns: readonly string[]): TriggerScanner {
  const each = patterns.map((p) => new RegExp(wrap(p), 'iy'));
  const firsts = patterns.map((p) => firstChars(p));
  if (!patterns.length || firsts.some((f) => !f || [...f].some((c) => !isWordCode(c.charCodeAt(0))))) {
    return { byFirst: new Map(), each, wordStarts: /(?!)/g, whole: new RegExp(patterns.length ? wrap(patterns.map((p) => `(?:${p})`).join('|')) : '(?!)', 'gi') };
  }
  const buckets = new Map<string, number[]>();
  firsts.forEach((f, i) => { for (const c of f!) buckets.set(c, [...(buckets.get(c) ?? []), i]); });
  const byFirst = new Map<string, { re: RegExp; alternatives: number[] }>();
  for (const [c, alternatives] of buckets) {
    const re = new RegExp(wrap(alternatives.map((i) => `(?:${patterns[i]})`).join('|')), 'iy');
    // Case-insensitive: the upper-case letter leads to the same bucket.
    byFirst.set(c, { re, alternatives });
    byFirst.set(c.toUpperCase(), { re, alternatives });
  }
  const letters = [...buckets.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  return { byFirst, each, wordStarts: new RegExp(`(?<![A-Za-z0-9_])[${letters}]`, 'gi'), whole: null };
}

export function scanTriggers(scanner: TriggerScanner, body: string): TriggerMatch[] {
  if (scanner.whole) {
    return allMatches(scanner.whole, body).map((m) => ({ index: m.index, length: m[0].length, alternative: firstAt(scanner.each, allIndices(scanner.each.length), body, m.index) }));
  }
  const out: TriggerMatch[] = [];
  const starts = scanner.wordStarts;
  starts.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = starts.exec(body))) {
    const i = m.index;
    const bucket = scanner.byFirst.get(m[0])!;
    bucket.re.lastIndex = i;
    const hit = bucket.re.exec(body);
    if (!hit) continue;
    out.push({ index: i, length: hit[0].length, alternative: firstAt(scanner.each, bucket.alternatives, body, i) });
    starts.lastIndex = i + hit[0].length;
  }
  return out;
}

/** The first of `candidates` whose own regex matches at `at`: the alternative the alternation took. */
function firstAt(each: readonly RegExp[], candidates: readonly number[], body: string, at: number): number {
  for (const k of candidates) {
    each[k]!.lastIndex = at;
    if (each[k]!.test(body)) return k;
  }
  return candidates[0] ?? 0;
}

const allIndices = (n: number) => Array.from({ length: n }, (_, i) => i);

// What \b and \w mean without the u flag: ASCII letters, digits and underscore.
function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
