import type { AliasKind } from '../../model/facts.ts';
import type { EntityType, NamePayload } from './lexicon.ts';

/** How a candidate becomes an entity key once the document's countries are known. */
export type CandidateRef =
  | { kind: 'known'; payload: NamePayload }
  | { kind: 'named'; name: string }
  | { kind: 'person'; name: string; titles: string[] }
  | { kind: 'equipment'; canonical: string; payload: NamePayload | null; role: string; origin: string };

/** A span that may name an entity: several recognizers propose, selection keeps non-overlapping ones. */
export interface Candidate {
  /** Word indices [from, to). */
  from: number;
  to: number;
  type: EntityType;
  ref: CandidateRef;
  rule: string;
  confidence: number;
  /** Breaks ties between equally long spans: higher wins. */
  priority: number;
  attrs: Record<string, unknown>;
  /** Country the text attributes this thing to ("Russia's MoD", "Russian Air Force"), as ISO2. */
  country?: string | null;
  /** Extra aliases the document gives (title forms, possessive forms, a parenthesized name). */
  extraAliases?: { alias: string; kind: AliasKind }[];
  /** Occupies its words without naming anything (the title words before a person's name). */
  blocker?: boolean;
  /** A surface form to use instead of the span's text (for a plural "MiG-29s" the model "MiG-29"). */
  surface?: string;
}

export const PRIORITY = {
  chunk: 1,
  pattern: 2,
  pairing: 3,
  person: 3,
  equipment: 4,
  gazetteer: 5,
} as const;

/** Keeps the longest candidates first (ties: higher priority, then earlier), never two over the same word. */
export function selectCandidates(cands: Candidate[], wordCount: number): Candidate[] {
  // The sort fields are read once into arrays: candidates come in many shapes and reading them per comparison was slow.
  const n = cands.length;
  const length = new Float64Array(n);
  const priority = new Float64Array(n);
  const from = new Float64Array(n);
  const index: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = cands[i]!;
    length[i] = c.to - c.from;
    priority[i] = c.priority;
    from[i] = c.from;
    index.push(i);
  }
  index.sort((a, b) => length[b]! - length[a]! || priority[b]! - priority[a]! || from[a]! - from[b]!);
  const order = index.map((i) => cands[i]!);
  const taken = new Uint8Array(wordCount);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.from; i < c.to && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = c.from; i < c.to; i++) taken[i] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}
