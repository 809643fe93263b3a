import type { CompiledNumbers } from './lexicon.ts';
import { DASHES, type Lexeme } from './lexemes.ts';

/** The bare figure: lexemes [i0, i1) read as a value, before units, ranges and qualifiers. */
export interface Core {
  i0: number;
  i1: number;
  value: number;
  form: 'digits' | 'words' | 'fraction';
  /** Four digits, no separator, no decimals: could be a calendar year. */
  yearShaped: boolean;
  /** A scale word or abbreviation was read ("25 billion", "$60m"). */
  scaled: boolean;
  /** The scale was a single glued letter ("60m"): only trusted on money. */
  letterScale: boolean;
  /** "tenfold", "100-fold". */
  fold: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)$/;
// Thousands separated by a space ("45 000", common in translated text): only ever three-digit groups.
const SPACE_GROUP = /^[ \u00a0\u202f\u2009]$/;

export function parseDigits(L: Lexeme[], i: number, c: CompiledNumbers, text = ''): Core | null {
  const t = L[i];
  if (t?.type !== 'digits' || !DIGITS.test(t.text)) return null;
  let raw = t.text.replace(/,/g, '');
  let i1 = i + 1;
  if (/^\d{1,3}$/.test(t.text)) {
    while (L[i1]?.type === 'digits' && /^\d{3}$/.test(L[i1].text) && SPACE_GROUP.test(text.slice(L[i1 - 1].end, L[i1].start))) {
      raw += L[i1].text;
      i1++;
    }
  }
  const core: Core = {
    i0: i, i1, value: Number(raw), form: 'digits',
    yearShaped: i1 === i + 1 && /^\d{4}$/.test(t.text), scaled: false, letterScale: false, fold: false,
  };
  readScale(L, core, c);
  return core;
}

/** "25 billion", "1.5 million", "60m", "3bn": multiplies the core in place. */
function readScale(L: Lexeme[], core: Core, c: CompiledNumbers): void {
  for (;;) {
    const n = L[core.i1];
    if (n?.type !== 'word') return;
    const abbr = c.scaleAbbreviations.get(n.text);
    const word = n.glued ? undefined : c.scales.get(n.lower);
    if (word !== undefined && !(word === 100 && core.form === 'digits' && core.value >= 100)) {
      core.value *= word;
    } else if (abbr !== undefined && (n.glued || n.text.length > 1 || c.currencyCodes.has(L[core.i1 + 1]?.text ?? ''))) {
      // "$60m", "3 bn", and a lone letter before a currency code: "21.65 M EUR".
      core.value *= abbr;
      core.letterScale = n.text.length === 1;
    } else {
      return;
    }
    core.scaled = true;
    core.yearShaped = false;
    core.i1++;
  }
}

/** "one", "twenty-five", "two hundred and fifty", "a dozen", "three thousand", "tenfold". */
export function parseWords(L: Lexeme[], i: number, c: CompiledNumbers): Core | null {
  let total = 0;
  let cur = 0;
  let last: '' | 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen' | 'and' = '';
  let j = i;
  let end = i;
  while (j < L.length) {
    const t = L[j];
    if (t.type !== 'word') {
      // "twenty-five": a glued hyphen between tens and a unit.
      if (last === 'tens' && DASHES.has(t.text) && t.glued && L[j + 1]?.glued && c.units.has(L[j + 1].lower)) {
        j++;
        continue;
      }
      break;
    }
    if (j > i && !t.glued && DASHES.has(L[j - 1].text)) break;
    const w = t.lower;
    const scale = c.scales.get(w);
    if (j === i && w === 'a' && (c.collectives.has(L[j + 1]?.lower ?? '') || (c.scales.get(L[j + 1]?.lower ?? '') ?? 0) >= 100)) {
      cur = 1;
      last = 'a';
    } else if (c.units.has(w) && (last === '' || last === 'tens' || last === 'hundred' || last === 'and' || last === 'scale')) {
      if (last === 'tens' && c.units.get(w)! >= 10) break;
      cur += c.units.get(w)!;
      last = 'unit';
    } else if (c.tens.has(w) && (last === '' || last === 'hundred' || last === 'and' || last === 'scale')) {
      cur += c.tens.get(w)!;
      last = 'tens';
    } else if (w === 'hundred' && (last === 'unit' || last === 'a' || last === 'tens')) {
      cur *= 100;
      last = 'hundred';
    } else if (scale !== undefined && scale >= 1000 && !w.endsWith('s') && (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'a')) {
      total += cur * scale;
      cur = 0;
      last = 'scale';
    } else if (c.collectives.has(w) && (last === 'a' || last === 'unit')) {
      cur *= c.collectives.get(w)!;
      last = 'dozen';
    } else if (w === 'and' && last === 'hundred' && (c.units.has(L[j + 1]?.lower ?? '') || c.tens.has(L[j + 1]?.lower ?? ''))) {
      last = 'and';
    } else if (j === i && w.endsWith('fold') && (c.units.has(w.slice(0, -4)) || c.tens.has(w.slice(0, -4)))) {
      const v = c.units.get(w.slice(0, -4)) ?? c.tens.get(w.slice(0, -4))!;
      return { i0: i, i1: i + 1, value: v, form: 'words', yearShaped: false, scaled: false, letterScale: false, fold: true };
    } else {
      break;
    }
    j++;
    if (last !== 'and' && last !== 'a') end = j;
  }
  if (end === i || last === 'a') return null;
  const value = total + cur;
  return { i0: i, i1: end, value, form: 'words', yearShaped: false, scaled: total > 0, letterScale: false, fold: false };
}

/**
 * "one-third", "two thirds of", "a quarter of", "half of": a share, as a percentage. A fraction word
 * that is not glued to its numerator needs "of" after it, so "a third stage" stays an ordinal.
 */
export function parseFraction(L: Lexeme[], i: number, c: CompiledNumbers, prevWord: string): Core | null {
  const t = L[i];
  if (t?.type !== 'word') return null;
  const w = t.lower;
  // "half a billion dollars", "a quarter of a million": a share of a scale is an amount, not a percentage.
  const shareOf = w === 'half' ? 0.5 : w === 'a' && c.fractions.has(L[i + 1]?.lower ?? '') && L[i + 1]?.lower !== 'half' ? c.fractions.get(L[i + 1].lower)! : null;
  if (shareOf !== null) {
    let k = i + (w === 'a' ? 2 : 1);
    if (L[k]?.lower === 'of') k++;
    const scale = L[k]?.lower === 'a' ? c.scales.get(L[k + 1]?.lower ?? '') : undefined;
    if (scale !== undefined && scale >= 1000) {
      return { i0: i, i1: k + 2, value: shareOf * scale, form: 'words', yearShaped: false, scaled: true, letterScale: false, fold: false };
    }
  }
  if (c.fractions.has(w) && (w === 'half' || w === 'halves')) {
    const ofNext = L[i + 1]?.lower === 'of';
    const blocked = prevWord === 'the' || prevWord === 'a' || prevWord === 'one' || c.ordinals.has(prevWord) || c.units.has(prevWord);
    if (!ofNext || blocked) return null;
    return fractionCore(i, i + 1, 0.5);
  }
  const num = w === 'a' ? 1 : c.units.get(w);
  if (num === undefined || num === 0) return null;
  let k = i + 1;
  let glued = false;
  if (L[k] && DASHES.has(L[k].text) && L[k].glued) {
    k++;
    glued = true;
  }
  const d = L[k];
  if (d?.type !== 'word' || (glued && !d.glued)) return null;
  const frac = c.fractions.get(d.lower);
  if (frac === undefined) return null;
  if (num > 1 && !d.lower.endsWith('s')) return null;
  if (!glued && L[k + 1]?.lower !== 'of') return null;
  return fractionCore(i, k + 1, num * frac);
}

function fractionCore(i0: number, i1: number, share: number): Core {
  return {
    i0, i1, value: Math.round(share * 10000) / 100, form: 'fraction',
    yearShaped: false, scaled: false, letterScale: false, fold: false,
  };
}
