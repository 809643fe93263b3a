import type { Token } from '../state.ts';

export interface Clause {
  start: number;
  end: number;
}

/**
 * Splits a sentence into clauses at the connective cues of the lexicon (", and ", "; ", ", while "...)
 * and before a bare "and" followed by a verb ("entered X and received Y"): each clause can hold
 * its own event. `tokens` are the sentence's tokens (for the verb test).
 */
export function splitClauses(text: string, start: number, end: number, breakRe: RegExp, tokens: readonly Token[]): Clause[] {
  const cuts = new Set<number>();
  const body = text.slice(start, end);
  for (const m of body.matchAll(breakRe)) cuts.add(start + m.index);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.text.toLowerCase() !== 'and') continue;
    const next = tokens[i + 1];
    if (next.pos === 'VERB' && /(?:ed|ew|ought|ook|ent|ade|et|ame|ave)$/i.test(next.text)) cuts.add(t.start);
  }
  const points = [...cuts].filter((p) => p > start && p < end).sort((a, b) => a - b);
  const out: Clause[] = [];
  let from = start;
  for (const p of points) {
    if (p - from > 0) out.push({ start: from, end: p });
    from = p;
  }
  out.push({ start: from, end });
  return out;
}
