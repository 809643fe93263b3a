import { phraseTail } from './phrase-tail.ts';
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
  const tail = phraseTail(ctx, first.end, limit, MAX_WORDS - 1, (w) => CLAUSE_BREAK.has(w.lower));
  // An auxiliary alone ("were") says nothing; a main verb does.
  const content = tail.content + (first.pos === 'AUX' ? 0 : 1);
  const end = tail.end ?? first.end;
  return content ? { text: ctx.text.slice(first.start, end), start: first.start, end } : null;
}
