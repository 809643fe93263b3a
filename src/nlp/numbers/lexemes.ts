import { lowerCase } from '../lower-case.ts';

/**
 * The pieces a figure is read from: digit groups ("2,090", "0.9"), letter words, and single symbols.
 * `glued` says no space separates a lexeme from the one before ("MiG-29", "$60", "1990s").
 */
export interface Lexeme {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: 'digits' | 'word' | 'sym';
  glued: boolean;
}

/**
 * Lexemes of text[from, to) with offsets into the whole text: what /(\d+(?:[.,]\d+)*)|(\p{L}+)|\S/gu
 * finds, read by a char-code scanner (a regex exec per lexeme made a match array per lexeme).
 */
export function lexemes(text: string, from: number, to: number): Lexeme[] {
  const out: Lexeme[] = [];
  let prevEnd = -1;
  let p = from;
  while (p < to) {
    const c = text.charCodeAt(p);
    if (isSpace(text, p, c)) {
      p++;
      continue;
    }
    const start = p;
    let type: Lexeme['type'];
    if (isDigit(c)) {
      type = 'digits';
      p = digitsEnd(text, p, to);
      // "2,090", "0.9": a separator counts only with a digit after it.
      while (p + 1 < to && (text.charCodeAt(p) === 44 || text.charCodeAt(p) === 46) && isDigit(text.charCodeAt(p + 1))) p = digitsEnd(text, p + 1, to);
    } else if (letterLength(text, p, to) > 0) {
      type = 'word';
      for (let len = letterLength(text, p, to); len > 0; len = letterLength(text, p, to)) p += len;
    } else {
      type = 'sym';
      p += codePointLength(text, p, to);
    }
    const t = text.slice(start, p);
    out.push({ text: t, lower: lowerCase(t), start, end: p, type, glued: start === prevEnd });
    prevEnd = p;
  }
  return out;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

function digitsEnd(text: string, p: number, to: number): number {
  while (p < to && isDigit(text.charCodeAt(p))) p++;
  return p;
}

const SPACE = /\s/y;

function isSpace(text: string, i: number, c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  SPACE.lastIndex = i;
  return SPACE.test(text);
}

const LETTER = /\p{L}/uy;

/** Code units of the letter at i (0 if none), never reading past `to`: ASCII by char code, others by regex. */
function letterLength(text: string, i: number, to: number): number {
  if (i >= to) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const len = codePointLength(text, i, to);
  LETTER.lastIndex = 0;
  return LETTER.test(len === 2 ? text.slice(i, i + 2) : text[i]!) ? len : 0;
}

/** 2 for a surrogate pair wholly before `to`, else 1. */
function codePointLength(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= to) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

export const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

/** Hyphens and dashes as written between the parts of compounds and ranges. */
export const DASHES = new Set(['-', '‐', '‑', '–', '—']);

/** Hyphens that join a compound word ("five-year", "MiG-29"), as opposed to dashes between clauses. */
export const HYPHENS = new Set(['-', '‐', '‑']);
