import { allMatches } from '../all-matches.ts';
import { firstChars } from '../first-chars.ts';
import { DIGIT_LED, firstWords } from '../first-words.ts';

/**
 * Finds the triggers of a clause as one alternation of every trigger would (leftmost match, the
 * earliest alternative at a place), without running that alternation at every character: a
 * regex engine tries each of a few hundred alternatives at each position. Triggers start at a
 * word, so only words are tried, each with the few alternatives that can begin with it (looked
 * up by the whole word, or by its first letter for the alternatives whose first words are open),
 * in priority order.
 */
export interface TriggerScanner {
  /** Lower-cased first word -> the alternatives that can start with it, in priority order. */
  byWord: Map<string, number[]>;
  /** Lower-cased first character -> the alternatives whose first words are not a finite list. */
  byChar: Map<string, number[]>;
  /**
   * The first three characters (prefixKey) of every key of byWord, as a bit set: most words are
   * ruled out without making a string, by one array read instead of a Set lookup per word.
   */
  wordPrefixes: Uint32Array;
  patterns: readonly string[];
  /** Merged candidate lists, by the identity of the two lists merged, so each is made once. */
  merged: Map<readonly number[], Map<readonly number[], readonly number[]>>;
  /** Each alternative alone, sticky: at a word, the first candidate that matches is the one the alternation takes. */
  each: RegExp[];
  /** The whole alternation, used when some alternative may start with something other than a word. */
  whole: RegExp | null;
}

// Both the trigger words and the scanned words are ASCII word characters (below 128), so a key is below 128^3.
const PREFIX_KEYS = 128 ** 3;

export interface TriggerMatch {
  index: number;
  length: number;
  /** Index of the alternative (in priority order) that matched. */
  alternative: number;
}

const wrap = (body: string) => `\\b(?:${body})(?![\\w-])`;
const alternation = (patterns: readonly string[], which: readonly number[]) => wrap(which.map((i) => `(?:${patterns[i]})`).join('|'));

export function compileTriggerScanner(patterns: readonly string[]): TriggerScanner {
  const each = patterns.map((p) => new RegExp(wrap(p), 'iy'));
  const byWord = new Map<string, number[]>();
  const byChar = new Map<string, number[]>();
  const scanner: TriggerScanner = { byWord, byChar, wordPrefixes: new Uint32Array(PREFIX_KEYS / 32), patterns, merged: new Map(), each, whole: null };
  for (let i = 0; i < patterns.length; i++) {
    const words = firstWords(patterns[i]!);
    const chars = words ? null : firstChars(patterns[i]!);
    if (!words && (!chars || [...chars].some((c) => !/^\w$/.test(c)))) {
      scanner.whole = new RegExp(alternation(patterns, patterns.map((_, k) => k)), 'gi');
      return scanner;
    }
    const add = (index: Map<string, number[]>, key: string) => index.set(key, [...(index.get(key) ?? []), i]);
    for (const key of words ?? []) {
      if (key === DIGIT_LED) for (const d of '0123456789') add(byChar, d);
      else {
        add(byWord, key);
        const k = prefixKey(key, 0, key.length);
        scanner.wordPrefixes[k >>> 5]! |= 1 << (k & 31);
      }
    }
    for (const c of chars ?? []) add(byChar, c);
  }
  return scanner;
}

export function scanTriggers(scanner: TriggerScanner, body: string): TriggerMatch[] {
  if (scanner.whole) {
    const all = scanner.patterns.map((_, k) => k);
    return allMatches(scanner.whole, body).map((m) => ({ index: m.index, length: m[0].length, alternative: firstAt(scanner.each, all, body, m.index) }));
  }
  const out: TriggerMatch[] = [];
  let i = 0;
  while (i < body.length) {
    if (!isWordCode(body.charCodeAt(i))) { i++; continue; }
    let end = i + 1;
    while (end < body.length && isWordCode(body.charCodeAt(end))) end++;
    // Strings are made only for words that may start a trigger: the document text is two-byte
    // (curly quotes), and slicing and lower-casing it per word cost more than the regexes.
    const k = prefixKey(body, i, end);
    const byWord = scanner.wordPrefixes[k >>> 5]! & (1 << (k & 31)) ? scanner.byWord.get(lowerAscii(body, i, end)) : undefined;
    const candidates = merge(scanner, byWord, scanner.byChar.get(String.fromCharCode(lowerCode(body.charCodeAt(i)))));
    if (candidates) {
      // The first candidate that matches on its own is the one the whole alternation would take.
      for (const k of candidates) {
        const re = scanner.each[k]!;
        re.lastIndex = i;
        const hit = re.exec(body);
        if (!hit) continue;
        out.push({ index: i, length: hit[0].length, alternative: k });
        end = i + hit[0].length;
        break;
      }
    }
    i = end;
  }
  return out;
}

/** Both candidate lists as one, in priority order. */
function merge(scanner: TriggerScanner, a: readonly number[] | undefined, b: readonly number[] | undefined): readonly number[] | null {
  if (!a) return b ?? null;
  if (!b) return a;
  let byB = scanner.merged.get(a);
  if (!byB) scanner.merged.set(a, (byB = new Map()));
  let both = byB.get(b);
  if (!both) byB.set(b, (both = [...new Set([...a, ...b])].sort((x, y) => x - y)));
  return both;
}

/** The first of `candidates` whose own regex matches at `at`: the alternative the alternation took. */
function firstAt(each: readonly RegExp[], candidates: readonly number[], body: string, at: number): number {
  for (const k of candidates) {
    each[k]!.lastIndex = at;
    if (each[k]!.test(body)) return k;
  }
  return candidates[0] ?? 0;
}

// A word as \b and \w see it without the u flag: a run of ASCII letters, digits and underscores.
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

const lowerCode = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** The lower-cased first three characters of s[from, to) as one number. */
function prefixKey(s: string, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < from + 3; k++) key = key * 128 + (k < to ? lowerCode(s.charCodeAt(k)) : 0);
  return key;
}

function lowerAscii(s: string, from: number, to: number): string {
  let upper = false;
  for (let k = from; k < to && !upper; k++) upper = s.charCodeAt(k) <= 90 && s.charCodeAt(k) >= 65;
  if (!upper) return s.slice(from, to);
  let out = '';
  for (let k = from; k < to; k++) out += String.fromCharCode(lowerCode(s.charCodeAt(k)));
  return out;
}
