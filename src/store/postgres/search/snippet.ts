import { markRanges } from './highlight.ts';
import type { SearchWord } from './search-words.ts';

// As the SQLite store: sentences up to this length are shown whole, longer ones as a window of words.
export const WHOLE_SENTENCE_MAX = 400;
const WINDOW_WORDS = 48;

/**
 * The snippet of one hit, like FTS5's highlight() (short sentences) or snippet(…, '…', 48) (long
 * ones): a window of 48 words holding the most matches, centred on them, with … where it cuts the sentence.
 */
export function snippet(text: string, words: readonly SearchWord[], ranges: readonly [number, number][]): string {
  if (text.length <= WHOLE_SENTENCE_MAX || words.length <= WINDOW_WORDS) return markRanges(text, ranges);
  const inWindow = (first: number) => {
    const from = words[first]!.start;
    const to = words[first + WINDOW_WORDS - 1]!.end;
    return ranges.filter(([s, e]) => s >= from && e <= to);
  };
  let best = 0;
  for (let first = 1; first + WINDOW_WORDS <= words.length; first++) {
    if (inWindow(first).length > inWindow(best).length) best = first;
  }
  const held = inWindow(best);
  if (held.length > 0) {
    // Centre the matched words in the window, so they have context on both sides.
    const firstWord = words.findIndex((w) => w.end > held[0]![0]);
    const lastWord = words.findIndex((w) => w.end >= held.at(-1)![1]);
    const centred = Math.round((firstWord + lastWord + 1 - WINDOW_WORDS) / 2);
    best = Math.max(0, Math.min(words.length - WINDOW_WORDS, centred));
  }
  const last = best + WINDOW_WORDS - 1;
  const from = best === 0 ? 0 : words[best]!.start;
  const to = last === words.length - 1 ? text.length : words[last]!.end;
  return `${from > 0 ? '…' : ''}${markRanges(text, ranges, from, to)}${to < text.length ? '…' : ''}`;
}
