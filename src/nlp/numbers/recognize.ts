import type { Sentence } from '../../model/provenance.ts';
import type { NumberSpan } from '../state.ts';
import { currencyBefore, qualifierAfter, qualifierBefore, unitAfter } from './affixes.ts';
import type { CompiledNumbers } from './lexicon.ts';
import { DASHES, type Lexeme, lexemes } from './lexemes.ts';
import { type Core, parseDigits, parseFraction, parseWords } from './parse-core.ts';
import { digitsLabel, wordsLabel } from './reject.ts';

/** A figure with everything read around it, before it becomes a NumberSpan. */
interface Figure {
  core: Core;
  /** First and after-last lexeme of the whole written figure (qualifier and units included). */
  first: number;
  last: number;
  unit: string | null;
  unitKind: 'percent' | 'currency' | 'fold' | null;
}

/** Every figure in the text, sentence by sentence. */
export function recognizeAll(text: string, sentences: readonly Sentence[], c: CompiledNumbers): NumberSpan[] {
  const out: NumberSpan[] = [];
  const list = sentences.length ? sentences : [{ index: 0, start: 0, end: text.length }];
  for (const s of list) {
    if (c.candidate.test(text.slice(s.start, s.end))) recognizeSentence(text, s.index, s.start, s.end, c, out);
  }
  return out;
}

export function recognizeSentence(text: string, sentence: number, from: number, to: number, c: CompiledNumbers, out: NumberSpan[]): void {
  const L = lexemes(text, from, to);
  const lower = L.map((l) => l.lower);
  let i = 0;
  while (i < L.length) {
    const fig = readFigure(text, L, lower, i, c);
    if (!fig) {
      i++;
      continue;
    }
    i = fig.next;
    if (fig.span) out.push({ ...fig.span, sentence });
  }
}

function readFigure(text: string, L: Lexeme[], lower: string[], i: number, c: CompiledNumbers):
  { next: number; span: Omit<NumberSpan, 'sentence'> | null } | null {
  const t = L[i];
  if (t.type === 'word' && (c.ordinals.has(t.lower) || c.vague.has(t.lower))) return null;
  const core = readCore(text, L, i, c);
  if (!core) return null;
  const label = core.form === 'digits'
    ? digitsLabel(text, L, core, c)
    : wordsLabel(L, core, c, isSentenceStart(L, core.i0));
  if (label) return { next: core.i1, span: null };
  const a = withUnits(text, L, lower, core, c);
  if (!a) return { next: core.i1, span: null };
  // A range: "17–20", "between 300 and 400", "two or three", "2008–09".
  const range = readRangeEnd(text, L, lower, a, c);
  let low: number | null = null;
  let high: number | null = null;
  let qualifier: NumberSpan['qualifier'] = 'exact';
  let first = a.first;
  let last = a.last;
  let unit = a.unit;
  let value = a.core.value;
  let isYear = isYearShaped(a, c);
  if (range) {
    const b = range.fig;
    unit = a.unit ?? b.unit;
    let lo = a.core.value;
    // "between 2 and 3 million", "$2–3 billion": the low end takes the high end's scale.
    if (b.core.scaled && !a.core.scaled && lo < b.core.value) lo *= b.core.value / rawValue(L, b.core);
    const bothYears = isYear && (isYearShaped(b, c) || (/^\d{2}$/.test(L[b.core.i0].text) && b.core.form === 'digits'));
    low = lo;
    high = bothYears ? yearOfShort(lo, b.core.value) : b.core.value;
    value = lo;
    qualifier = 'range';
    last = b.last;
    if (range.between !== null) first = range.between;
    isYear = bothYears;
  } else {
    if (isYear && countsPluralNoun(L, lower, first, last, c)) isYear = false;
    const q = qualifierBefore(L, first, c);
    if (q && q[0] !== 'exact') {
      qualifier = q[0];
      first = q[1];
    }
    const post = qualifierAfter(lower, last, c);
    if (post) {
      qualifier = post[0];
      last = post[1];
      // "500 or more US dollars": the unit follows the qualifier.
      const after = unit ? null : unitAfter(L, last, lower, c);
      if (after) {
        unit = after.unit;
        last = after.end;
      }
    }
  }
  const start = L[first].start;
  const end = L[last - 1].end;
  const rule = range ? 'numbers.range' : a.core.form === 'fraction' ? 'numbers.fraction' : isYear ? 'numbers.year' : `numbers.${a.core.form}`;
  return {
    next: last,
    span: { start, end, quote: text.slice(start, end), value, low, high, qualifier, unit, isYear, rule },
  };
}

function readCore(text: string, L: Lexeme[], i: number, c: CompiledNumbers): Core | null {
  if (L[i].type === 'digits') return parseDigits(L, i, c, text);
  if (L[i].type !== 'word') return null;
  return parseFraction(L, i, c, L[i - 1]?.lower ?? '') ?? parseWords(L, i, c);
}

/** The core with its currency, percent or fold marks. Null when a one-letter scale is not money ("60m" alone). */
function withUnits(text: string, L: Lexeme[], lower: string[], core: Core, c: CompiledNumbers): Figure | null {
  let first = core.i0;
  let last = core.i1;
  let unit: string | null = null;
  let unitKind: Figure['unitKind'] = null;
  if (core.form === 'fraction') return { core, first, last, unit: 'percent', unitKind: 'percent' };
  if (core.fold) return { core, first, last, unit: 'fold', unitKind: 'fold' };
  const before = core.form === 'digits' ? currencyBefore(text, L, core.i0, c) : null;
  if (before) {
    unit = before[0];
    unitKind = 'currency';
    first = before[1];
  }
  const after = unitAfter(L, last, lower, c);
  if (after && !(after.kind === 'currency' && unit)) {
    unit = after.unit;
    unitKind = after.kind;
    last = after.end;
  }
  if (core.letterScale && unitKind !== 'currency') return null;
  return { core, first, last, unit, unitKind };
}

function rawValue(L: Lexeme[], core: Core): number {
  const t = L[core.i0];
  return t.type === 'digits' ? Number(t.text.replace(/,/g, '')) : core.value;
}

function readRangeEnd(text: string, L: Lexeme[], lower: string[], a: Figure, c: CompiledNumbers):
  { fig: Figure; between: number | null } | null {
  const conn = L[a.last];
  if (!conn) return null;
  const before = lower[a.first - 1];
  let between: number | null = null;
  if (conn.lower === 'and' && before === 'between') between = a.first - 1;
  else if (conn.lower === 'to' && before === 'from') return null;
  else if (!(DASHES.has(conn.text) || conn.lower === 'to' || (conn.lower === 'or' && a.core.form === 'words'))) return null;
  if (a.unit && a.unitKind !== 'currency' && conn.lower !== 'and' && !DASHES.has(conn.text)) return null;
  const j = a.last + 1;
  if (!L[j]) return null;
  let core: Core | null = null;
  if (L[j].type === 'digits' && a.core.form === 'digits') core = parseDigits(L, j, c, text);
  else if (L[j].type === 'word' && a.core.form === 'words') core = parseWords(L, j, c);
  if (!core) return null;
  if (core.form === 'digits' && digitsLabel(text, L, core, c) && !/^\d{2}$/.test(L[j].text)) return null;
  const b = withUnits(text, L, lower, core, c);
  if (!b || (a.unit && b.unit && a.unit !== b.unit)) return null;
  if (!between && DASHES.has(conn.text) && !(conn.glued || L[j].glued) && conn.text === '-') return null;
  return { fig: b, between };
}

function isYearShaped(f: Figure, c: CompiledNumbers): boolean {
  const v = f.core.value;
  return f.core.yearShaped && !f.unit && v >= c.years.min && v <= c.years.max;
}

// "2008–09" -> 2009.
function yearOfShort(lo: number, hi: number): number {
  return hi < 100 ? Math.floor(lo / 100) * 100 + hi : hi;
}

function isSentenceStart(L: Lexeme[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (L[k].type === 'word' || L[k].type === 'digits') return false;
  }
  return true;
}

// Words after which a four-digit figure is a year even before a plural noun ("in 2000 elections").
const YEAR_CONTEXT = new Set(['in', 'since', 'by', 'until', 'till', 'of', 'from', 'the', 'to', 'before', 'after', 'during',
  'between', 'and', 'circa', 's', 'mid', 'early', 'late', 'around', 'about', 'for', 'through', 'than']);

/** "2000 troops": a year-shaped figure right before a plural counted noun counts it. */
function countsPluralNoun(L: Lexeme[], lower: string[], first: number, last: number, c: CompiledNumbers): boolean {
  const n = L[last];
  if (n?.type !== 'word' || n.glued) return false;
  const e = c.nouns.get(n.lower);
  if (!e || e.plural === e.singular || n.lower !== e.plural.toLowerCase()) return false;
  return !YEAR_CONTEXT.has(lower[first - 1] ?? '');
}
