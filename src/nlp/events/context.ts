import type { Sentence } from '../../model/provenance.ts';

/** A list item is at most this long; a longer line ends the list. */
const MAX_ITEM = 320;

/**
 * For each sentence that is an item of a list introduced by a line ending in ":", the index of the
 * introducing sentence. Items inherit the introducer's date ("The law of ... made these changes:"
 * followed by one change per line).
 */
export function listIntroducers(text: string, sentences: readonly Sentence[], paragraphs: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  const lineSpan = new Map<number, { start: number; end: number; first: number; last: number }>();
  sentences.forEach((s, i) => {
    const p = paragraphs[i];
    const cur = lineSpan.get(p);
    if (cur) {
      cur.end = s.end;
      cur.last = i;
    } else lineSpan.set(p, { start: s.start, end: s.end, first: i, last: i });
  });
  const lines = [...lineSpan.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  const introduces = lines.map((l) => endsWithColon(text, l.start, l.end + 1));
  for (let k = 0; k < lines.length; k++) {
    if (!introduces[k]) continue;
    const intro = lines[k];
    for (let j = k + 1; j < lines.length; j++) {
      const item = lines[j];
      if (item.end - item.start > MAX_ITEM) break;
      for (let i = item.first; i <= item.last; i++) out.set(i, intro.last);
      // A later introducer takes over every item this one would still reach: stopping here keeps
      // the same answer and makes a long run of short lines ending in ":" linear, not quadratic.
      if (introduces[j]) break;
    }
  }
  return out;
}

const SPACE = /\s/;

/** Whether the last non-space character of text[from, to) is ":" (what /:\s*$/ tests, without slicing a long line). */
function endsWithColon(text: string, from: number, to: number): boolean {
  let i = Math.min(to, text.length) - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || SPACE.test(text[i]!))) i--;
  return i >= from && text.charCodeAt(i) === 58;
}
