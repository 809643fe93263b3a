import type { Token } from '../state.ts';

/** Index of the first token starting at or after `offset` (tokens are sorted by start). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The POS tag of the token starting exactly at `offset`, if the tokenizer made one there. */
export function posLookup(tokens: readonly Token[]): (offset: number) => string | undefined {
  return (offset) => {
    const t = tokens[tokenIndexAt(tokens, offset)];
    return t?.start === offset ? t.pos : undefined;
  };
}
