import type { Word } from './tokens.ts';
import type { Lexicon } from './lexicon.ts';

/** What every recognizer reads: the text, the recognizer's words and the compiled knowledge. */
export interface RecognizerContext {
  text: string;
  words: Word[];
  lx: Lexicon;
  /** wink's POS tag by token start offset (from the segment step), when known. */
  posAt: { get(start: number): string | undefined };
  /** Where the page's byline names its author (00-page-meta): that name is a person. */
  authors?: readonly { start: number; end: number }[];
}

export function isYearWord(w: Word | undefined): boolean {
  return !!w && w.kind === 'num' && /^(?:19|20)\d\d$/.test(w.text);
}

/** The text of words [from, to) as written. */
export function spanText(ctx: RecognizerContext, from: number, to: number): string {
  return ctx.text.slice(ctx.words[from]!.start, ctx.words[to - 1]!.end);
}

/**
 * POS lookup by start offset over the segment step's tokens (sorted, each starting after the previous one ends): binary search, no map to build.
 * Most lookups come in text order, so the token after the last one found is tried first.
 */
export function posLookup(tokens: readonly { start: number; pos: string }[]): { get(start: number): string | undefined } {
  let last = -1;
  return {
    get(start: number) {
      const next = tokens[last + 1];
      if (next && next.start === start) return tokens[++last]!.pos;
      let lo = 0;
      let hi = tokens.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const s = tokens[mid]!.start;
        if (s === start) {
          last = mid;
          return tokens[mid]!.pos;
        }
        if (s < start) lo = mid + 1;
        else hi = mid - 1;
      }
      return undefined;
    },
  };
}
