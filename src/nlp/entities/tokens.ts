import type { Sentence } from '../../model/provenance.ts';

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

// Dotted abbreviations (U.S., U.K.), words (letters/digits, inner apostrophes as in d'Ivoire), possessive 's, dashes, any other mark.
const TOKEN = /([A-Z]\.(?:[A-Z]\.)+)|([\p{L}\p{N}]+(?:['’](?![sS]\b)[\p{L}]+)*)|(['’][sS]\b)|([-‐‑–—])|(\S)/gu;
const UPPER = /^\p{Lu}/u;
const NUMBER = /^\d+(?:[.,]\d+)*$/;
const isDigit = (c: number) => c >= 48 && c <= 57;

export function tokenize(text: string, sentences: readonly Sentence[]): Word[] {
  const words: Word[] = [];
  let si = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const t = m[0];
    while (si < sentences.length - 1 && start >= sentences[si]!.end) si++;
    let kind: WordKind;
    if (m[1]) kind = 'abbr';
    else if (m[2]) kind = isDigit(t.charCodeAt(0)) && NUMBER.test(t) ? 'num' : 'word';
    else if (m[3]) kind = 'poss';
    else if (m[4]) kind = 'dash';
    else kind = 'punct';
    const c0 = t.charCodeAt(0);
    const cap = c0 >= 65 && c0 <= 90 ? true : c0 < 128 ? false : UPPER.test(t);
    const upper = cap && kind !== 'num' && isUpperWord(t);
    const prev = start > 0 ? text.charCodeAt(start - 1) : 32;
    words.push({
      i: words.length, start, end: start + t.length, text: t, lower: t.toLowerCase(), kind,
      sentence: sentences.length ? si : 0, cap, upper, spaceBefore: prev === 32 || prev === 10 || prev === 9 || start === 0,
    });
  }
  return words;
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
  if (c1 >= 97 && c1 <= 122 && !/\p{Lu}/u.test(w.text.slice(2))) return false;
  const t = w.text.replace(/s$/, '');
  if (t.length < 2 || t.length > 10 || !/^\p{Lu}/u.test(t)) return false;
  const caps = t.replace(/[^\p{Lu}]/gu, '').length;
  return caps >= 2 && caps >= t.length - 2 && /^[\p{L}\d]+$/u.test(t);
}
