import { type BindContext, readWord } from './words.ts';

const VERB_POS = new Set(['VERB', 'AUX']);
// Words that end what a clause says about the counted ones: another clause or list item begins.
const CLAUSE_BREAK = new Set(['and', 'or', 'but', 'while', 'whereas', 'which', 'who', 'that', 'because', 'although', 'though', 'as', 'when', 'if']);
const MAX_WORDS = 7;

/**
 * What the sentence says the counted ones did or underwent, when the figure opens its clause:
 * "2,000 cadets received training in Turkey" -> "received training in Turkey". It tells which ones are
 * meant, as a post-modifier does. Runs to the next punctuation, figure, clause break or date; null when
 * no verb follows the counted noun.
 */
export function predicateAfter(ctx: BindContext, at: number, limit: number): { text: string; start: number; end: number } | null {
  const first = readWord(ctx, at, limit);
  if (!first || first.paren || /[^ \t]/.test(ctx.text.slice(at, first.start))) return null;
  if (!VERB_POS.has(first.pos ?? '') && !(first.pos === undefined && /(ed|en)$/.test(first.lower))) return null;
  let end = first.end;
  let cursor = first.end;
  let content = VERB_POS.has(first.pos ?? '') && first.pos === 'AUX' ? 0 : 1;
  for (let n = 1; n < MAX_WORDS; n++) {
    const w = readWord(ctx, cursor, limit);
    if (!w || w.paren || /[^ \t]/.test(ctx.text.slice(cursor, w.start)) || /^\p{N}/u.test(w.text)) break;
    if (CLAUSE_BREAK.has(w.lower)) break;
    if (/^\p{Lu}/u.test(w.text) && ctx.c.months.has(w.lower)) break;
    if (!ctx.c.stops.has(w.lower)) {
      content++;
      end = w.end;
    }
    cursor = w.end;
  }
  return content ? { text: ctx.text.slice(first.start, end), start: first.start, end } : null;
}
