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

const LEXEME = /(\d+(?:[.,]\d+)*)|(\p{L}+)|\S/gu;

/** Lexemes of text[from, to) with offsets into the whole text. */
export function lexemes(text: string, from: number, to: number): Lexeme[] {
  const out: Lexeme[] = [];
  const slice = text.slice(from, to);
  LEXEME.lastIndex = 0;
  let prevEnd = -1;
  for (let m = LEXEME.exec(slice); m; m = LEXEME.exec(slice)) {
    const t = m[0];
    const start = from + m.index;
    const type = m[1] ? 'digits' : m[2] ? 'word' : 'sym';
    out.push({ text: t, lower: lowerCase(t), start, end: start + t.length, type, glued: start === prevEnd });
    prevEnd = start + t.length;
  }
  return out;
}

export const isCapitalized = (s: string) => /^\p{Lu}/u.test(s);

/** Hyphens and dashes as written between the parts of compounds and ranges. */
export const DASHES = new Set(['-', '‐', '‑', '–', '—']);

/** Hyphens that join a compound word ("five-year", "MiG-29"), as opposed to dashes between clauses. */
export const HYPHENS = new Set(['-', '‐', '‑']);
