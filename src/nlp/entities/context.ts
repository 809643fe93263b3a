import type { Word } from './tokens.ts';
import type { Lexicon } from './lexicon.ts';

/** What every recognizer reads: the text, the recognizer's words and the compiled knowledge. */
export interface RecognizerContext {
  text: string;
  words: Word[];
  lx: Lexicon;
  /** wink's POS tag by token start offset (from the segment step), when known. */
  posAt: Map<number, string>;
}

export function isYearWord(w: Word | undefined): boolean {
  return !!w && w.kind === 'num' && /^(?:19|20)\d\d$/.test(w.text);
}

/** The text of words [from, to) as written. */
export function spanText(ctx: RecognizerContext, from: number, to: number): string {
  return ctx.text.slice(ctx.words[from]!.start, ctx.words[to - 1]!.end);
}
