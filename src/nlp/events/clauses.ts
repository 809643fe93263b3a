import { allMatches } from '../all-matches.ts';
import { quoteAt, quotesOverlapping, type QuoteRange } from '../claims/quote-ranges.ts';
import type { Token } from '../state.ts';
import { lowerCase } from '../lower-case.ts';

export interface Clause {
  start: number;
  end: number;
}

/**
 * Splits a sentence into clauses, each able to hold its own event: at the lexicon's connectives
 * (", and ", "; ", ", while "...), before "and" + verb ("entered X and received Y"), at quotation
 * boundaries (what was said apart from who said it), and after an opening subordinate clause
 * ("while visiting X, he announced ...").
 */
export function splitClauses(
  text: string, start: number, end: number,
  cues: { breakRe: RegExp; subordinator: RegExp },
  tokens: readonly Token[], quotes: readonly QuoteRange[],
  dates: readonly { start: number; end: number }[] = [],
): Clause[] {
  const cuts = new Set<number>();
  for (const m of allMatches(cues.breakRe, text.slice(start, end))) cuts.add(start + m.index);
  for (const p of datedListCuts(text, start, dates)) cuts.add(p);
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text.length !== 3 || lowerCase(tokens[i].text) !== 'and') continue;
    const next = tokens[i + 1];
    // "ministers were appointed and dismissed.": a verb that ends its sentence shares the clause before it.
    const after = tokens[i + 2];
    if (!after || after.pos === 'PUNCT') continue;
    if (next.pos === 'VERB' && !/s$/i.test(next.text)) cuts.add(tokens[i].start);
  }
  for (const q of quotesOverlapping(quotes, start, end)) {
    cuts.add(q.start);
    cuts.add(q.end);
  }
  const points = [...cuts].filter((p) => p > start && p < end).sort((a, b) => a - b);
  const pieces: Clause[] = [];
  let from = start;
  for (const p of [...points, end]) {
    if (p > from) for (const piece of splitSubordinate(text, from, p, cues.subordinator, quotes)) pieces.push(piece);
    from = p;
  }
  // A piece without a verb ("..., and joint training exercises") is the tail of a list: it stays with its clause.
  const out: Clause[] = [];
  const verbs = verbFinder(tokens);
  for (const c of pieces) {
    const last = out[out.length - 1];
    const quoted = insideQuote(quotes, c.start, c.end) || (last && insideQuote(quotes, last.start, last.end));
    if (last && !quoted && !verbs(c) && c.start > start) last.end = c.end;
    else out.push({ ...c });
  }
  return out;
}

// "in 2014 X, in 2016 Y and in 2019 Z": a later date opening with a preposition after a comma or
// "and" begins a happening of its own. Verbless tails ("and again in 2012") merge back below.
const DATED_LIST_LEAD = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|later|again|also|finally|subsequently)\s+)?(?:in|on|during)\s+$/i;

function datedListCuts(text: string, start: number, dates: readonly { start: number; end: number }[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < dates.length; i++) {
    const d = dates[i];
    if (dates[i - 1].end <= start || d.start <= start) continue;
    const m = DATED_LIST_LEAD.exec(text.slice(Math.max(dates[i - 1].end, d.start - 40), d.start));
    if (m) out.push(d.start - m[0].length);
  }
  return out;
}

/**
 * Whether a clause holds a token tagged VERB or AUX, for clauses asked in text order: a cursor
 * moves through the sentence's tokens (sorted, not overlapping) once, so a sentence of many
 * pieces is not read once per piece.
 */
function verbFinder(tokens: readonly Token[]): (c: Clause) => boolean {
  let k = 0;
  return (c) => {
    while (k < tokens.length && tokens[k]!.start < c.start) k++;
    for (let i = k; i < tokens.length && tokens[i]!.end <= c.end; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return true;
    return false;
  };
}

function splitSubordinate(text: string, start: number, end: number, subordinator: RegExp, quotes: readonly QuoteRange[]): Clause[] {
  const body = text.slice(start, end);
  // Only the quotations overlapping the piece can hold it: not a scan of the document's quotations per piece.
  if (!subordinator.test(body) || quotesOverlapping(quotes, start, end).some((q) => q.start <= start && end <= q.end)) return [{ start, end }];
  // The subordinate clause runs to the first comma after it; a comma inside a name list is rare this early.
  const lead = /^[\s,;:\u2014-]*/.exec(body)?.[0].length ?? 0;
  const comma = body.indexOf(', ', lead);
  if (comma < 0 || end - (start + comma) < 15) return [{ start, end }];
  return [{ start, end: start + comma }, { start: start + comma, end }];
}

/** [start, end) lies inside one quotation. */
function insideQuote(quotes: readonly QuoteRange[], start: number, end: number): boolean {
  const q = quoteAt(quotes, start);
  return !!q && end <= q.end;
}
