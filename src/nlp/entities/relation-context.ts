import type { Entity, Mention, Relation } from '../../model/facts.ts';
import type { PartialDate } from '../../model/date.ts';
import type { PipelineState } from '../state.ts';

export type Rel = Omit<Relation, 'sentence'> & { sentence: number };

/** What every relation rule reads (the sentence's mentions aside) and `add`, which keeps the first of each relation. */
export interface RelContext {
  state: PipelineState;
  focus: string | null;
  /** `${generic body id}|${country}` -> entity, for posts that imply a country's body. */
  bodies: Map<string, Entity>;
  dates: Map<number, PartialDate>;
  ent: (m: Mention) => Entity | undefined;
  titleRe: RegExp;
  add: (r: Rel) => void;
}

export function evidence(state: PipelineState, sentence: number, a: Mention, b: Mention, rule: string, confidence: number) {
  const start = Math.min(a.start, b.start);
  const end = Math.max(a.end, b.end);
  return { sentence, start, end, quote: state.text.slice(start, end), rule, confidence };
}

export function dateIn(ctx: RelContext, sentence: number): PartialDate | null {
  return ctx.dates.get(sentence) ?? null;
}

export const between = (state: PipelineState, a: Mention, b: Mention) => state.text.slice(a.end, b.start);
