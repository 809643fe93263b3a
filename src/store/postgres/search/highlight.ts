import type { QueryPhrase } from './ts-query.ts';
import type { SearchWord } from './search-words.ts';

/** A word's lexemes as PostgreSQL's configuration stems it (usually one). */
export type Lexemes = (term: string) => readonly string[];

/**
 * The [start, end) ranges of `text` where a query phrase stands, the way FTS5's highlight() marks
 * them: the stemmed words of a phrase in a row, a prefix word matching any lexeme it begins.
 * Overlapping ranges are merged.
 */
export function matchRanges(words: readonly SearchWord[], phrases: readonly QueryPhrase[], lexemes: Lexemes): [number, number][] {
  // The sentence as a sequence of lexemes, each remembering the word it came from.
  const seq = words.flatMap((w) => lexemes(w.term).map((lexeme) => ({ lexeme, word: w })));
  const ranges: [number, number][] = [];
  for (const p of phrases) {
    const wanted = p.words.flatMap((w) => lexemes(w));
    if (wanted.length === 0) continue;
    const matches = (i: number, j: number) => {
      const have = seq[i + j]!.lexeme;
      return j === wanted.length - 1 && p.prefix ? have.startsWith(wanted[j]!) : have === wanted[j];
    };
    for (let i = 0; i + wanted.length <= seq.length; i++) {
      if (wanted.every((_, j) => matches(i, j))) ranges.push([seq[i]!.word.start, seq[i + wanted.length - 1]!.word.end]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** `text[from, to)` with [[ ]] around the ranges that fall inside it. */
export function markRanges(text: string, ranges: readonly [number, number][], from = 0, to = text.length): string {
  let out = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (start < from || end > to) continue;
    out += `${text.slice(at, start)}[[${text.slice(start, end)}]]`;
    at = end;
  }
  return out + text.slice(at, to);
}
