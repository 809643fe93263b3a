/** A quoted stretch of text: [start, end) covers the quotation marks themselves. */
export interface QuoteRange {
  start: number;
  end: number;
}

const OPEN = '\u201c';
const CLOSE = '\u201d';
// Only line breaks and quotation marks matter: the scan jumps from one to the next.
const MARKS = /[\n"\u201c\u201d]/g;

/**
 * Quotations in a text: curly pairs “...” and straight pairs "...". A quotation never crosses a line
 * break (paragraphs are lines here), so an unbalanced mark only loses its own paragraph's quotes.
 */
export function quoteRanges(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  let curly = -1;
  let straight = -1;
  for (const m of text.matchAll(MARKS)) {
    const c = m[0];
    const i = m.index;
    if (c === '\n') {
      curly = -1;
      straight = -1;
    } else if (c === OPEN) {
      curly = i;
    } else if (c === CLOSE && curly >= 0) {
      out.push({ start: curly, end: i + 1 });
      curly = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The quotation that contains position `at`, if any (ranges sorted by start). */
export function quoteAt(ranges: readonly QuoteRange[], at: number): QuoteRange | null {
  for (const r of ranges) {
    if (r.start > at) break;
    if (at < r.end) return r;
  }
  return null;
}
