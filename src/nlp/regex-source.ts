/** Reading the structure of a regex source: its groups, classes and top-level alternatives. */

/** The index of the `)` closing the group that opens at `open`, or -1. */
export function matchingParen(src: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i, to) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The index just past the character class opening at `open`. */
export function classEnd(src: string, open: number, to: number): number {
  for (let i = open + 1; i < to; i++) {
    if (src[i] === '\\') i++;
    else if (src[i] === ']' && i > open + 1) return i + 1;
  }
  return to;
}

/** The top-level `|` branches of src[from, to) as [start, end) pairs. */
export function branches(src: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(src, i, to) - 1;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push([start, i]); start = i + 1; }
  }
  out.push([start, to]);
  return out;
}
