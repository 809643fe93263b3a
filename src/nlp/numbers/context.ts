import { lineIndexOf } from '../line-index.ts';
import { type CompiledNumbers, matchPhraseAt } from './lexicon.ts';

/**
 * The state equipment is said to be in ("all considered serviceable", "became unserviceable",
 * "contracts for two new helicopters", "planned to acquire"): the first status phrase after the
 * figure in its sentence, else the last one before it.
 */
export function statusNear(text: string, sentStart: number, sentEnd: number, from: number, to: number, c: CompiledNumbers): string | null {
  const words: { w: string; at: number }[] = [];
  const re = /[\p{L}-]+/gu;
  const slice = text.slice(sentStart, sentEnd);
  for (let m = re.exec(slice); m; m = re.exec(slice)) words.push({ w: m[0].toLowerCase(), at: sentStart + m.index });
  const lower = words.map((x) => x.w);
  let before: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const p = matchPhraseAt(c.statuses, lower, k);
    if (!p) continue;
    if (words[k].at >= to) return p.value;
    if (words[k].at < from) before = p.value;
    k += p.words.length - 1;
  }
  return before;
}

const SPACE = /\s/;

/** A heading line: every longer word capitalized, as in "Washington's Approach: 5-year Plans." */
export function isHeading(text: string, start: number, end: number): boolean {
  const lines = lineIndexOf(text);
  const lineStart = lines.lastNewlineAtOrBefore(start - 1) + 1;
  let lineEnd = lines.nextNewlineAtOrAfter(end);
  if (lineEnd < 0) lineEnd = text.length;
  // Only spaces may share the line (scanned from the sentence outwards: a long line costs nothing).
  for (let i = start - 1; i >= lineStart; i--) if (!SPACE.test(text[i])) return false;
  for (let i = end; i < lineEnd; i++) if (!SPACE.test(text[i])) return false;
  // Words as separated by spaces; "5-year" and other figures are neither capitalized nor not.
  const words = text.slice(start, end).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length > 3);
  return long.length > 0 && long.length <= 10 && long.every((w) => /^\p{Lu}/u.test(w));
}
