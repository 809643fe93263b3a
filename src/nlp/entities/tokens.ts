import type { Sentence } from '../../model/provenance.ts';
import { lowerCase } from '../lower-case.ts';

export type WordKind = 'word' | 'abbr' | 'poss' | 'dash' | 'punct' | 'num';

/** A token of the recognizer's own tokenization: hyphens, possessive 's and punctuation are tokens of their own. */
export interface Word {
  i: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: WordKind;
  sentence: number;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Two or more letters, no lower-case letter among the first two ("NATO", "MoD" is not, "KAZBAT" is). */
  upper: boolean;
  /** Whitespace (or the text start) stands right before the token. */
  spaceBefore: boolean;
}

const UPPER = /^\p{Lu}/u;
const NUMBER = /^\d+(?:[.,]\d+)*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Splits the text into words as the regex in tokens.test.ts (TOKEN_SPEC) would, token for token, but with a
 * hand-written scanner: one regex exec per token cost more than the rest of the tokenizer.
 */
export function tokenize(text: string, sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  const n = text.length;
  let si = 0;
  let p = 0;
  while (p < n) {
    const c0 = text.charCodeAt(p);
    if (isSpaceAt(text, p, c0)) {
      p++;
      continue;
    }
    const start = p;
    let kind: WordKind;
    let end: number;
    if ((end = dottedAbbreviationEnd(text, p)) > p) kind = 'abbr';
    else if ((end = wordEnd(text, p)) > p) kind = isDigit(c0) && NUMBER.test(text.slice(p, end)) ? 'num' : 'word';
    else if (isApostrophe(c0) && isPossessiveS(text, p)) {
      kind = 'poss';
      end = p + 2;
    } else if (isDash(c0)) {
      kind = 'dash';
      end = p + 1;
    } else {
      kind = 'punct';
      end = p + codePointLength(text, p);
    }
    p = end;
    const t = text.slice(start, end);
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(t);
    const upper = cap && kind !== 'num' && isUpperWord(t);
    const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
    words.push({
      i: words.length, start, end, text: t, lower: lowerCase(t), kind,
      sentence: sentences.length ? si : 0, cap, upper, spaceBefore: prev === 32 || prev === 10 || prev === 9 || start === 0,
    });
  }
  return words;
}

const SPACE = /\s/y;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

function isSpaceAt(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE.lastIndex = i;
  return SPACE.test(text);
}

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
const isDash = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 0x2014;

/** Code units taken by a letter or digit at i (0 if none): ASCII by char code, other characters by regex. */
function letterOrNumberAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return i < text.length ? stickyMatchLength(LETTER_OR_NUMBER, text, i) : 0;
}

/** Code units taken by a letter at i (0 if none). */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  return i < text.length ? stickyMatchLength(LETTER, text, i) : 0;
}

function stickyMatchLength(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

/** "U.S.", "U.K.": two or more capital-and-period pairs. Returns the end, or i when there is none. */
function dottedAbbreviationEnd(text: string, i: number): number {
  let k = i;
  while (isAsciiUpper(text.charCodeAt(k)) && text.charCodeAt(k + 1) === 46) k += 2;
  return k - i >= 4 ? k : i;
}

/** Letters and digits, joined by inner apostrophes before letters ("d'Ivoire"), but not before a possessive s. */
function wordEnd(text: string, i: number): number {
  let k = i;
  for (let len = letterOrNumberAt(text, k); len > 0; len = letterOrNumberAt(text, k)) k += len;
  if (k === i) return i;
  while (isApostrophe(text.charCodeAt(k)) && !isPossessiveS(text, k)) {
    let len = letterAt(text, k + 1);
    if (!len) break;
    k += 1;
    for (; len > 0; len = letterAt(text, k)) k += len;
  }
  return k;
}

/** An apostrophe at i followed by s or S and a word boundary. */
function isPossessiveS(text: string, i: number): boolean {
  const s = text.charCodeAt(i + 1);
  if (s !== 115 && s !== 83) return false;
  const after = text.charCodeAt(i + 2);
  return !(isAsciiAlnum(after) || after === 95);
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

// Two or more letters, none lower-case: plain ASCII is checked by char codes, other scripts by regex.
function isUpperWord(t: string): boolean {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c >= 128) {
      const ch = t[i]!;
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

/** Tokenizes a knowledge-file name the same way as text, for trie keys. */
export function nameTokens(name: string): string[] {
  return tokenize(name, []).map((w) => w.text);
}

/** A word that is a mixed-case acronym like "MoD", "PfP", "DoD", "NATO": 2-8 letters, starts upper, at least two capitals. */
export function isAcronymLike(w: Word): boolean {
  if (w.kind !== 'word' || !w.cap || w.text.length < 2) return false;
  const c1 = w.text.charCodeAt(1);
  if (c1 >= 97 && c1 <= 122 && !hasCapitalFrom(w.text, 2)) return false;
  const t = w.text.replace(/s$/, '');
  if (t.length < 2 || t.length > 10 || !/^\p{Lu}/u.test(t)) return false;
  const caps = t.replace(/[^\p{Lu}]/gu, '').length;
  return caps >= 2 && caps >= t.length - 2 && /^[\p{L}\d]+$/u.test(t);
}

// Most capitalized words have no other capital ("Kazakhstan"): plain ASCII is checked by char codes.
function hasCapitalFrom(t: string, from: number): boolean {
  for (let i = from; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return /\p{Lu}/u.test(t.slice(i));
  }
  return false;
}
