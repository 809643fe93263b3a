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

/**
 * For ranges sorted by start, the running maximum of their ends: nondecreasing, so the first range
 * that could reach past a position is found by binary search. Built once per list.
 */
const reach = new WeakMap<readonly QuoteRange[], Int32Array>();
function reachOf(ranges: readonly QuoteRange[]): Int32Array {
  let r = reach.get(ranges);
  if (!r) {
    r = new Int32Array(ranges.length);
    let max = -1;
    for (let i = 0; i < ranges.length; i++) r[i] = max = Math.max(max, ranges[i]!.end);
    reach.set(ranges, r);
  }
  return r;
}

/** Index of the first range (sorted by start) whose end, or an earlier range's end, passes `at`. */
function firstReaching(ranges: readonly QuoteRange[], at: number): number {
  const r = reachOf(ranges);
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r[mid]! > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The quotation that contains position `at`, if any (ranges sorted by start): the earliest-starting
 * one. A binary search, not a scan: it is asked for every trigger, date and clause of a document.
 */
export function quoteAt(ranges: readonly QuoteRange[], at: number): QuoteRange | null {
  const i = firstReaching(ranges, at);
  const r = ranges[i];
  // Every range before i ends at or before `at`; ranges[i] ends after it, and later ones start no earlier.
  return r && r.start <= at && at < r.end ? r : null;
}

/** The quotations that overlap [start, end), in order of start. */
export function quotesOverlapping(ranges: readonly QuoteRange[], start: number, end: number): QuoteRange[] {
  const out: QuoteRange[] = [];
  for (let i = firstReaching(ranges, start); i < ranges.length && ranges[i]!.start < end; i++) {
    if (ranges[i]!.end > start) out.push(ranges[i]!);
  }
  return out;
}

/** The latest end of a quotation that ends in (from, to], or `from` when none does. */
export function lastQuoteEndIn(ranges: readonly QuoteRange[], from: number, to: number): number {
  let last = from;
  for (const q of quotesOverlapping(ranges, from, to)) if (q.end <= to && q.end > last) last = q.end;
  return last;
}
