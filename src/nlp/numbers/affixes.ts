import type { Qualifier } from '../../model/facts.ts';
import { type CompiledNumbers, matchPhraseAt, matchPhraseBefore } from './lexicon.ts';
import { DASHES, type Lexeme } from './lexemes.ts';

/** A currency symbol or code written before a figure ("$60", "US$ 5", "KZT 47 million"): [code, index of first lexeme]. */
export function currencyBefore(text: string, L: Lexeme[], i0: number, c: CompiledNumbers): [string, number] | null {
  const start = L[i0].start;
  for (const [sym, code] of c.currencySymbols) {
    let at = start - sym.length;
    if (text.startsWith(sym, at)) return [code, lexemeAt(L, i0, at)];
    at -= 1;
    if (text[start - 1] === ' ' && text.startsWith(sym, at) && !/\p{L}/u.test(sym)) return [code, lexemeAt(L, i0, at)];
  }
  const prev = L[i0 - 1];
  if (prev?.type === 'word' && c.currencyCodes.has(prev.text)) return [c.currencyCodes.get(prev.text)!, i0 - 1];
  return null;
}

function lexemeAt(L: Lexeme[], i0: number, at: number): number {
  let k = i0;
  while (k > 0 && L[k - 1].start >= at) k--;
  return k;
}

export interface UnitAfter {
  unit: string;
  /** Index after the unit's last lexeme. */
  end: number;
  kind: 'percent' | 'currency' | 'fold';
}

/** "%", "percent", "per cent", "Tenge", "US dollars", "USD", "-fold" right after the figure. */
export function unitAfter(L: Lexeme[], j: number, lower: string[], c: CompiledNumbers): UnitAfter | null {
  const t = L[j];
  if (!t) return null;
  if (t.text === '%') return { unit: 'percent', end: j + 1, kind: 'percent' };
  if (t.type === 'word') {
    const p = matchPhraseAt(c.percentWords, lower, j);
    if (p && contiguousWords(L, j, p.words.length)) return { unit: 'percent', end: j + p.words.length, kind: 'percent' };
    const w = matchPhraseAt(c.currencyWords, lower, j);
    if (w && contiguousWords(L, j, w.words.length) && !adjectiveBeforeNoun(L, j, w.words.length)) return { unit: w.value, end: j + w.words.length, kind: 'currency' };
    if (c.currencyCodes.has(t.text)) return { unit: c.currencyCodes.get(t.text)!, end: j + 1, kind: 'currency' };
    if (c.foldWords.has(t.lower) && !t.glued) return { unit: 'fold', end: j + 1, kind: 'fold' };
  }
  if (DASHES.has(t.text) && t.glued && L[j + 1]?.glued && c.foldWords.has(L[j + 1].lower)) {
    return { unit: 'fold', end: j + 2, kind: 'fold' };
  }
  return null;
}

// Phrase words must be separate words in a row (no symbol between): "per cent", "US dollars".
function contiguousWords(L: Lexeme[], j: number, n: number): boolean {
  for (let k = j; k < j + n; k++) if (L[k]?.type !== 'word') return false;
  return true;
}

/** The qualifier written before a figure ("about", "up to", "more than"): [qualifier, index of its first lexeme]. */
export function qualifierBefore(L: Lexeme[], i0: number, c: CompiledNumbers): [Qualifier, number] | null {
  const words: string[] = [];
  let k = i0 - 1;
  while (k >= 0 && words.length < 4 && L[k].type === 'word') {
    words.unshift(L[k].lower);
    k--;
  }
  const p = matchPhraseBefore(c.qualifiers, words, words.length);
  if (!p) return null;
  return [p.value, i0 - p.words.length];
}

/** "or more", "or so" right after the figure and its unit. */
export function qualifierAfter(lower: string[], j: number, c: CompiledNumbers): [Qualifier, number] | null {
  const p = matchPhraseAt(c.postQualifiers, lower, j);
  return p ? [p.value, j + p.words.length] : null;
}

// Words ending in "s" that are no plural noun.
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'less', 'across', 'thus', 'plus', 'minus', 'versus', 'towards', 'besides', 'unless', 'always', 'perhaps']);
/** "9,000 Afghani refugees": a capitalized currency name before a plural noun is the people's adjective, not money. */
function adjectiveBeforeNoun(L: Lexeme[], j: number, n: number): boolean {
  const first = L[j];
  const next = L[j + n];
  return !!first && /^\p{Lu}/u.test(first.text) && !!next && next.type === 'word' && /^\p{Ll}{3,}s$/u.test(next.text) && !NOT_PLURAL.has(next.text);
}
