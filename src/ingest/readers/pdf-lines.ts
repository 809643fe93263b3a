/** The parts of a pdf.js text item this module reads. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  end: number;
  size: number;
}

/**
 * Joins a page's text items into lines by their baselines. Items stay in content-stream order
 * (which keeps columns apart); a new line starts when the baseline moves by more than half a
 * font size; within a line items are ordered left to right, with a space where a gap shows one.
 */
export function itemsToLines(items: PdfTextItem[]): string[] {
  const lines: Placed[][] = [];
  let current: Placed[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [a, b, c, d, x, y] = item.transform;
    const size = Math.max(Math.hypot(c, d), Math.hypot(a, b), 1);
    const placed = { str: item.str, x, y, end: x + item.width, size };
    const last = current[current.length - 1];
    if (last && Math.abs(last.y - y) > Math.max(last.size, size) / 2) {
      lines.push(current);
      current = [];
    }
    current.push(placed);
  }
  if (current.length) lines.push(current);
  return lines.map(joinLine).filter((line) => line.trim() !== '');
}

function joinLine(items: Placed[]): string {
  const sorted = [...items].sort((p, q) => p.x - q.x);
  let out = '';
  let prev: Placed | null = null;
  for (const item of sorted) {
    if (prev) {
      const gap = item.x - prev.end;
      const size = Math.max(prev.size, item.size);
      const spaced = /\s$/.test(out) || /^\s/.test(item.str);
      if (gap > 2 * size) out = out.replace(/\s+$/, '') + '\t';
      else if (!spaced && gap > 0.15 * size) out += ' ';
    }
    out += item.str;
    prev = item;
  }
  return out.replace(/\s+$/, '');
}
