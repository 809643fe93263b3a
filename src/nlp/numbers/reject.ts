import type { CompiledNumbers } from './lexicon.ts';
import { DASHES, HYPHENS, isCapitalized, type Lexeme } from './lexemes.ts';
import type { Core } from './parse-core.ts';

const FOOTNOTE_BEFORE = new Set(['.', ',', ')', ']', '”', '’', '"', "'", ';', ':', '´']);

/**
 * Why a figure written in digits is a label and not a quantity, or null when it may be one:
 * designations (MiG-29, S-300, C4ISR, 9/11), dates ("May 7"), ordinals ("21st"), decades ("1990s"),
 * list numbering at a line start, page furniture ("p. 45", "Article 5"), footnote marks, clock
 * times ("5 pm") and page references in citations ("(Olcott 2005, 45)").
 */
export function digitsLabel(text: string, L: Lexeme[], core: Core, c: CompiledNumbers): string | null {
  const t = L[core.i0];
  const prev = L[core.i0 - 1];
  const prev2 = L[core.i0 - 2];
  let d = core.i0 + 1;
  while (d < core.i1 && L[d].type === 'digits') d++;
  const next = L[d];
  // "000", "054": a code or the tail of something else, never a count on its own.
  if (/^0\d/.test(t.text)) return 'code';
  if (prev && t.glued) {
    if (prev.type === 'word') return 'designation';
    if (DASHES.has(prev.text) && prev.glued && prev2 && prev2.type !== 'digits') return 'designation';
    // "P-18-2", "S-125-2M": the last part of a designation that a letter opens.
    if (DASHES.has(prev.text) && prev.glued && prev2?.type === 'digits' && prev2.glued && DASHES.has(L[core.i0 - 3]?.text ?? '') && L[core.i0 - 3]!.glued && L[core.i0 - 4]?.type === 'word') return 'designation';
    if (prev.text === '/' || FOOTNOTE_BEFORE.has(prev.text)) return 'footnote-or-code';
  }
  if (next?.glued) {
    // "300km", "20kg": a unit of measure written against its figure is still that figure's unit.
    if (next.type === 'word' && !c.scaleAbbreviations.has(next.text) && !c.nouns.get(next.lower)?.measure) return 'suffixed';
    if (next.text === '/' && L[d + 1]?.type === 'digits') return 'code';
    if (next.text === ':' && L[d + 1]?.type === 'digits' && L[d + 1].glued) return 'time';
    if (next.text === ']' && prev?.text === '[') return 'footnote-or-code';
    if (HYPHENS.has(next.text)) {
      const after = L[d + 1];
      if (after?.glued && after.type === 'word' && !compoundWordOk(after.lower, c)) return 'compound';
    }
  }
  if (atLineStart(text, t.start) && next?.glued && (next.text === '.' || next.text === ')') && !L[d + 1]?.glued) {
    return 'list-number';
  }
  // "MD- 530": a designation whose number a stray space split from its letters.
  if (!t.glued && prev && DASHES.has(prev.text) && prev.glued && prev2?.type === 'word' && /^[A-Z]{1,4}$/.test(prev2.text) && text.slice(prev.end, t.start) === ' ') return 'designation';
  if (prev?.type === 'word' && !t.glued) {
    if (c.pageWords.has(prev.lower)) return 'furniture';
    if (modelNumber(L, core, c)) return 'model-name';
    if (isCapitalized(prev.text) && c.furniture.has(prev.lower)) return 'furniture';
    if (isCapitalized(prev.text) && c.months.has(prev.lower)) return 'date';
  }
  if (prev?.text === '.' && prev.glued && prev2?.type === 'word' && c.pageWords.has(prev2.lower)) return 'furniture';
  // "Units No. 013 and 232", "pages 12, 14": a label's number list goes on after "and", "or" or a comma.
  if (prev && (prev.lower === 'and' || prev.lower === 'or' || prev.text === ',') && prev2?.type === 'digits' && labelled(L, core.i0 - 2, c)) return 'furniture';
  if (prev?.text === '.' && prev.glued && prev2?.type === 'word' && isCapitalized(prev2.text) && c.months.has(prev2.lower)) return 'date';
  if (rankLabel(L, core.i0)) return 'rank';
  if (core.value <= 31 && dayRangeEnd(L, core.i0, c)) return 'date';
  // "12.7 mm heavy machine guns", "a 152-mm howitzer": a caliber describes the weapon, it counts nothing.
  if (CALIBER_AFTER.test(text.slice(L[core.i1 - 1]!.end, L[core.i1 - 1]!.end + 24))) return 'caliber';
  if (next?.type === 'word' && !next.glued && isCapitalized(next.text) && c.months.has(next.lower) && core.value <= 31) {
    return 'date';
  }
  if (next?.type === 'word' && c.clockWords.has(next.lower)) return 'time';
  if (citationPage(text, L, core.i0)) return 'citation';
  return null;
}

/** Why a figure written in words is not a quantity, or null. */
export function wordsLabel(L: Lexeme[], core: Core, c: CompiledNumbers, sentenceStart: boolean): string | null {
  const t = L[core.i0];
  if (isCapitalized(t.text) && !sentenceStart) return 'part-of-name';
  const after = L[core.i1];
  if (after && HYPHENS.has(after.text) && after.glued) {
    const w = L[core.i1 + 1];
    if (w?.glued && w.type === 'word' && !compoundWordOk(w.lower, c)) return 'compound';
  }
  // "one-on-one", "face-to-face two": a number word that ends a hyphenated word is part of it.
  const before = L[core.i0 - 1];
  if (before && HYPHENS.has(before.text) && before.glued && t.glued && L[core.i0 - 2]?.type === 'word') return 'compound';
  if (rankLabel(L, core.i0)) return 'rank';
  if (L[core.i1]?.type === 'word' && c.clockWords.has(L[core.i1].lower)) return 'time';
  if (core.value === 1 && core.i1 - core.i0 === 1) {
    const nextWord = after?.lower ?? '';
    const prevWord = L[core.i0 - 1]?.lower ?? '';
    if (['of', 'another', 'or', 'by', 'after', 'day'].includes(nextWord)) return 'pronoun';
    if (['no', 'each', 'every', 'any', 'this', 'that', 'which', 'the', 'such', 'only'].includes(prevWord)) return 'pronoun';
  }
  return null;
}

/**
 * "Hermes 450", "Barak 8", "Wing Loong 2": a small whole number right after a capitalized word inside
 * a sentence is part of a product's name (a count never follows a proper name directly).
 */
function modelNumber(L: Lexeme[], core: Core, c: CompiledNumbers): boolean {
  const prev = L[core.i0 - 1];
  const t = L[core.i0];
  if (core.i1 !== core.i0 + 1 || !/^\d{1,4}$/.test(t.text) || core.yearShaped) return false;
  if (!isCapitalized(prev.text) || c.currencyCodes.has(prev.text) || c.months.has(prev.lower) || c.furniture.has(prev.lower)) return false;
  if (/^[A-Z]{1,3}$/.test(prev.text) && !/[A-Z]{2}/.test(prev.text)) return false;
  const before = L[core.i0 - 2];
  // The sentence's first word is capitalized for another reason ("Some 300", "Only 94").
  return !!before && before.text !== '"' && before.text !== '“' && !/^[.:;!?]$/.test(before.text);
}

// "(Olcott 2005, 45)", "(2009: 112–14)": a page reference after a year inside parentheses.
function citationPage(text: string, L: Lexeme[], i0: number): boolean {
  const p = L[i0 - 1];
  const y = L[i0 - 2];
  if (!p || (p.text !== ',' && p.text !== ':') || y?.type !== 'digits' || !/^(1[5-9]|20)\d\d[a-z]?$/.test(y.text)) return false;
  const open = text.lastIndexOf('(', y.start);
  return open >= 0 && y.start - open < 60 && text.lastIndexOf(')', y.start) < open;
}

// "the number two official", "a number 3 priority": a rank, not a count.
function rankLabel(L: Lexeme[], i0: number): boolean {
  const p = L[i0 - 1];
  const p2 = L[i0 - 2];
  return p?.lower === 'number' && !L[i0].glued && (p2?.lower === 'the' || p2?.lower === 'a');
}

/** A hyphenated word after a figure that keeps it a quantity: "five-year", "100-fold", "500-strong", "30-vehicle". */
function compoundWordOk(w: string, c: CompiledNumbers): boolean {
  return c.timeUnits.has(w) || c.foldWords.has(w) || c.personnelCompounds.has(w) || c.nouns.has(w) || c.fractions.has(w);
}

export function atLineStart(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const ch = text[k];
    if (ch === '\n') return true;
    if (ch !== ' ' && ch !== '\t') return false;
  }
  return true;
}

const CALIBER_AFTER = /^[ -]?mm\s+\p{L}/u;
const RANGE_JOINS = new Set(['to', 'through', 'till', 'until', 'and', '-', '–', '—']);
/** "from August 24 to 29", "August 5-23, 2013": the day that ends a range of days after a month. */
function dayRangeEnd(L: Lexeme[], i0: number, c: CompiledNumbers): boolean {
  const join = L[i0 - 1];
  const day = L[i0 - 2];
  const month = L[i0 - 3];
  if (!join || !RANGE_JOINS.has(join.lower ?? join.text) || day?.type !== 'digits' || Number(day.text) > 31) return false;
  return month?.type === 'word' && isCapitalized(month.text) && c.months.has(month.lower);
}

/** The digits at `i` follow a page word ("No. 013", "page 12"). */
function labelled(L: Lexeme[], i: number, c: CompiledNumbers): boolean {
  const a = L[i - 1];
  const b = L[i - 2];
  if (a?.type === 'word' && c.pageWords.has(a.lower)) return true;
  return a?.text === '.' && b?.type === 'word' && c.pageWords.has(b.lower);
}
