import { foldLine, type PageLexicon } from '../knowledge/page.ts';
import type { Line } from './publication.ts';

/** A stretch of the page that belongs to the page, not to what it says. */
export interface FurnitureRange {
  start: number;
  end: number;
  rule: string;
}

// Furniture is short: a line longer than this is prose, whatever words it holds.
const MAX_FURNITURE_LINE = 400;
// A line repeated word for word is furniture only when long enough not to be a common short line ("Read more").
const MIN_REPEATED_LINE = 20;

/** The lines of a page that are furniture: share and navigation lines, logos, cookie notices, feed ids, placeholders. */
export function furnitureLines(lines: readonly Line[], page: PageLexicon): FurnitureRange[] {
  const out: FurnitureRange[] = [];
  const seen = new Set<string>();
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || text.length > MAX_FURNITURE_LINE) continue;
    const start = line.start + line.text.indexOf(text);
    const range = (rule: string) => out.push({ start, end: start + text.length, rule });
    // A headline the page prints twice (title, then heading) is told once.
    const repeated = text.length >= MIN_REPEATED_LINE && seen.has(text);
    if (text.length >= MIN_REPEATED_LINE) seen.add(text);
    if (repeated) range('furniture.repeated-line');
    else if (page.lines.has(foldLine(text))) range('furniture.line');
    else {
      const hit = page.patterns.find((p) => p.re.test(text));
      if (hit) range(hit.id);
    }
  }
  return out;
}

/** The document's lines with their offsets, in one pass. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, text: text.slice(start, end) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}
