import type { Entity } from '../../model/facts.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps, STEPS } from '../pipeline.ts';
import type { PipelineState } from '../state.ts';

/** Runs the pipeline up to and including the step with id `last` over a test sentence. */
export function runUpTo(text: string, last: string): PipelineState {
  const k = STEPS.findIndex((s) => s.id === last);
  return runSteps(newState(text, loadKnowledge()), STEPS.slice(0, k + 1));
}

export function entityNamed(state: PipelineState, name: string): Entity | undefined {
  return [...state.entities.values()].find((e) => e.name === name);
}

export function aliasesOf(e: Entity | undefined): string[] {
  return e ? e.aliases.map((a) => a.alias) : [];
}
