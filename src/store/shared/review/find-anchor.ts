/**
 * Re-attaches a text anchor to a new version of a document, in the manner of W3C Web Annotation
 * selectors (and Hypothesis): the quote at the old position, else the exact quote whose context
 * agrees best, else an approximate match of the quote — first in a window around the old
 * position, then (bounded) in the whole text. Every step is linear in the text's length.
 */

export interface QuoteAnchor {
  start: number;
  quote: string;
  prefix: string;
  suffix: string;
}

export type Found = { start: number; end: number; how: 'position' | 'quote' | 'fuzzy' };
export type NotFound = { how: 'orphaned'; reason: string };

/** Exact occurrences examined at most; a quote repeated more often is too ambiguous to place. */
const MAX_OCCURRENCES = 2000;
/** Context characters that must agree for a repeated quote to be placed by its context. */
const MIN_CONTEXT = 4;
/** A repeated quote with no agreeing context is placed only this close to where it was. */
const NEAR = 200;
/** Fuzzy matching: shortest quote, longest quote, edits allowed per character, window around the old place. */
const FUZZY_MIN = 8;
const FUZZY_MAX = 256;
const FUZZY_RATE = 0.2;
const WINDOW = 4000;
/** A close variant of a quote shorter than this must also keep some of its context (else "Freedonian" would land on "Freedonia"). */
const FUZZY_ALONE = 24;
/** Cells (text length x quote length) one whole-text approximate search may cost. */
const FUZZY_BUDGET = 40_000_000;

/** What the whole-text searches of one re-attachment pass may cost together (one document's reviews). */
export class SearchBudget {
  constructor(public cells = 200_000_000) {}
  take(n: number): boolean {
    if (n > this.cells) return false;
    this.cells -= n;
    return true;
  }
}

function commonTail(a: string, text: string, end: number): number {
  let n = 0;
  while (n < a.length && end - n - 1 >= 0 && a[a.length - 1 - n] === text[end - n - 1]) n++;
  return n;
}

function commonHead(a: string, text: string, start: number): number {
  let n = 0;
  while (n < a.length && start + n < text.length && a[n] === text[start + n]) n++;
  return n;
}

function exact(text: string, a: QuoteAnchor): Found | NotFound | null {
  let best: { at: number; ctx: number; dist: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(a.quote); at >= 0; at = text.indexOf(a.quote, at + 1)) {
    if (++count > MAX_OCCURRENCES) return { how: 'orphaned', reason: `the quote occurs more than ${MAX_OCCURRENCES} times` };
    const ctx = commonTail(a.prefix, text, at) + commonHead(a.suffix, text, at + a.quote.length);
    const dist = Math.abs(at - a.start);
    if (!best || ctx > best.ctx || (ctx === best.ctx && dist < best.dist)) best = { at, ctx, dist };
  }
  if (!best) return null;
  const whole = best.ctx === a.prefix.length + a.suffix.length;
  if (count > 1 && best.ctx < MIN_CONTEXT && best.dist > NEAR && !whole) {
    return { how: 'orphaned', reason: `the quote occurs ${count} times and no occurrence keeps its context` };
  }
  return { start: best.at, end: best.at + a.quote.length, how: best.at === a.start ? 'position' : 'quote' };
}

/**
 * Sellers' approximate substring search: the span of `text[from, to)` with the fewest edits from
 * `quote`, nearest `near` on ties. O((to - from) * quote.length) time, O(quote.length) memory.
 */
export function approximate(text: string, quote: string, from: number, to: number, near: number): { start: number; end: number; edits: number } | null {
  const m = quote.length;
  let cost = new Array<number>(m + 1);
  let origin = new Array<number>(m + 1);
  let nextCost = new Array<number>(m + 1);
  let nextOrigin = new Array<number>(m + 1);
  for (let i = 0; i <= m; i++) { cost[i] = i; origin[i] = from; }
  let best: { start: number; end: number; edits: number } | null = null;
  for (let j = from; j < to; j++) {
    const c = text[j];
    nextCost[0] = 0;
    nextOrigin[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      const sub = cost[i - 1]! + (quote[i - 1] === c ? 0 : 1);
      const del = cost[i]! + 1;
      const ins = nextCost[i - 1]! + 1;
      if (sub <= del && sub <= ins) { nextCost[i] = sub; nextOrigin[i] = origin[i - 1]!; }
      else if (del <= ins) { nextCost[i] = del; nextOrigin[i] = origin[i]!; }
      else { nextCost[i] = ins; nextOrigin[i] = nextOrigin[i - 1]!; }
    }
    [cost, nextCost] = [nextCost, cost];
    [origin, nextOrigin] = [nextOrigin, origin];
    const edits = cost[m]!;
    const cand = { start: origin[m]!, end: j + 1, edits };
    if (!best || edits < best.edits || (edits === best.edits && Math.abs(cand.start - near) < Math.abs(best.start - near))) best = cand;
  }
  return best;
}

function fuzzy(text: string, a: QuoteAnchor, budget: SearchBudget): Found | NotFound {
  const m = a.quote.length;
  if (m < FUZZY_MIN || m > FUZZY_MAX) return { how: 'orphaned', reason: 'the quote is no longer in the text' };
  const allowed = Math.floor(m * FUZZY_RATE);
  const near = Math.min(a.start, text.length);
  const windows: [number, number][] = [[Math.max(0, near - WINDOW), Math.min(text.length, near + m + WINDOW)]];
  if (text.length * m <= FUZZY_BUDGET && budget.take(text.length * m)) windows.push([0, text.length]);
  for (const [from, to] of windows) {
    const hit = approximate(text, a.quote, from, to, near);
    if (!hit || hit.edits > allowed) continue;
    const ctx = commonTail(a.prefix, text, hit.start) + commonHead(a.suffix, text, hit.end);
    if (m >= FUZZY_ALONE || ctx >= MIN_CONTEXT) return { start: hit.start, end: hit.end, how: 'fuzzy' };
  }
  return { how: 'orphaned', reason: 'neither the quote nor a close variant is in the text' };
}

/** Where an anchor's quote is in `text` now, or why it cannot be placed. */
export function findAnchor(text: string, a: QuoteAnchor, budget = new SearchBudget()): Found | NotFound {
  if (a.quote.length === 0) return { how: 'orphaned', reason: 'the anchor has an empty quote' };
  return exact(text, a) ?? fuzzy(text, a, budget);
}
