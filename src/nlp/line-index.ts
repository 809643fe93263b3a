/**
 * Where the line breaks of a text are, found once: "which line is this offset on" answered by
 * binary search instead of scanning back to the previous '\n' every time, which on a text of one
 * very long line made each lookup cost the whole line.
 */
export class LineIndex {
  private readonly newlines: Int32Array;

  constructor(text: string) {
    let n = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
    this.newlines = new Int32Array(n);
    let k = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.newlines[k++] = i;
  }

  /** text.lastIndexOf('\n', pos): the last line break at or before pos, or -1. */
  lastNewlineAtOrBefore(pos: number): number {
    const nl = this.newlines;
    const p = Math.max(pos, 0);
    let lo = 0;
    let hi = nl.length; // first index whose newline is > p
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nl[mid] <= p) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? nl[lo - 1] : -1;
  }

  /** text.indexOf('\n', pos): the first line break at or after pos, or -1. */
  nextNewlineAtOrAfter(pos: number): number {
    const nl = this.newlines;
    let lo = 0;
    let hi = nl.length; // first index whose newline is >= pos
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nl[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo < nl.length ? nl[lo] : -1;
  }
}

// The pipeline passes one text (state.text) around, so the index of the last text asked about is
// kept: comparing the same string to itself costs nothing.
let last: { text: string; index: LineIndex } | null = null;

/** The line index of `text`, built on first use and kept while the same text is asked about. */
export function lineIndexOf(text: string): LineIndex {
  if (last?.text !== text) last = { text, index: new LineIndex(text) };
  return last.index;
}
