import type { NumberSpan } from '../state.ts';
import { lineIndexOf } from '../line-index.ts';
import type { CompiledNumbers } from './lexicon.ts';

const SCALED = /\d\s*(?:hundred|thousand|million|billion|trillion|bn|mn|mln|bln|tn)\b|(?:million|billion|trillion)\b/i;
const CURRENCY_CODE = /^[A-Z]{3}$/;
const LINKED = /^\s*(?:to|and|or|–|—|-)\s*$/i;

/**
 * Units a figure takes from its neighbours: "from 47 million Tenge this year to 4.8 billion" (the
 * scaled figure without a noun inherits the paragraph's currency, but not from a parenthesised
 * conversion), "from 40 to 80 percent" (the first end takes the second's unit).
 */
export function inheritUnits(text: string, spans: NumberSpan[], posAt: (offset: number) => string | undefined, c: CompiledNumbers): void {
  let line = -2;
  let currency: string | null = null;
  const lines = lineIndexOf(text);
  spans.forEach((s, k) => {
    const l = lines.lastNewlineAtOrBefore(s.start);
    if (l !== line) {
      line = l;
      currency = null;
    }
    if (s.unit && CURRENCY_CODE.test(s.unit)) {
      if (!inParentheses(text, s.start)) currency = s.unit;
      return;
    }
    const next = spans[k + 1];
    // "400, 500 or more US dollars": a bare figure listed before one with a currency or percent shares it.
    const listed = !!next && !s.unit && !s.isYear && /^\s*,\s*$/.test(text.slice(s.end, next.start)) && (next.unit === 'percent' || CURRENCY_CODE.test(next.unit ?? ''));
    if (next && next.sentence === s.sentence && (listed || LINKED.test(text.slice(s.end, next.start)))) {
      if (!s.unit && next.unit && next.unit !== 'fold') s.unit = next.unit;
      else if (s.unit === 'percent' && !next.unit && !next.isYear) next.unit = 'percent';
    }
    if (!s.unit && !s.isYear && currency && SCALED.test(s.quote) && !countsNoun(text, s.end, posAt, c)) s.unit = currency;
  });
}

function inParentheses(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k < 20; k--) {
    const ch = text[k];
    if (ch === '(' || ch === '[') return true;
    if (ch === ')' || ch === '.' || ch === ',' || ch === '\n') return false;
  }
  return false;
}

/** True when a noun follows the figure, which then counts that noun rather than money. */
function countsNoun(text: string, end: number, posAt: (offset: number) => string | undefined, c: CompiledNumbers): boolean {
  const m = /^\s+([\p{L}-]+)/u.exec(text.slice(end, end + 40));
  if (!m) return false;
  const word = m[1].toLowerCase();
  if (c.nouns.has(word)) return true;
  const pos = posAt(end + m[0].length - m[1].length);
  return pos === 'NOUN' || pos === 'PROPN';
}
