import { type BindContext, readWord, type Word } from './words.ts';

/**
 * Reads on from `cursor`, word by word, the words that go on describing the counted ones after the
 * first word of a post-modifier or predicate ("... trained in Turkey since"). It stops at
 * punctuation, a parenthesis, a figure, a month name (a date ends the description), a word `ends`
 * names, or after `maxWords` words. `end` is the end of the last content word read, or null when
 * no content word came; `content` counts them.
 */
export function phraseTail(
  ctx: BindContext, cursor: number, limit: number, maxWords: number, ends: (w: Word) => boolean = () => false,
): { end: number | null; content: number } {
  let end: number | null = null;
  let content = 0;
  for (let n = 0; n < maxWords; n++) {
    const w = readWord(ctx, cursor, limit);
    if (!w || w.paren || /[^ \t]/.test(ctx.text.slice(cursor, w.start)) || /^\p{N}/u.test(w.text) || ends(w)) break;
    if (/^\p{Lu}/u.test(w.text) && ctx.c.months.has(w.lower)) break;
    if (!ctx.c.stops.has(w.lower)) {
      content++;
      end = w.end;
    }
    cursor = w.end;
  }
  return { end, content };
}
