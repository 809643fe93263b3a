import type { Entity } from '../../model/facts.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';
import type { PipelineState } from '../state.ts';
import { segment } from '../steps/01-segment.ts';
import { recognizeNumbers } from '../steps/04-numbers.ts';
import { bindQuantities } from '../steps/06-quantities.ts';

/** Segments a text and recognizes its figures, with no entities: what step 04 sees. */
export function numbersOf(text: string): PipelineState {
  return runSteps(newState(text, loadKnowledge()), [segment, recognizeNumbers]);
}

/** A name the test says the entity steps found: every occurrence of `surface` becomes a mention. */
export interface Named {
  surface: string;
  type: Entity['type'];
  name?: string;
  attributes?: Record<string, unknown>;
}

/** Runs segmentation, hand-made entity mentions, numbers and quantities over a text. */
export function quantitiesOf(text: string, names: Named[] = []): PipelineState {
  const state = runSteps(newState(text, loadKnowledge()), [segment]);
  for (const n of names) {
    const name = n.name ?? n.surface;
    const key = `x:${n.type}:${name}`;
    state.entities.set(key, { key, type: n.type, name, aliases: [], attributes: n.attributes ?? {}, source: 'extracted' });
    for (let at = text.indexOf(n.surface); at >= 0; at = text.indexOf(n.surface, at + 1)) {
      const sentence = state.sentences.find((s) => s.start <= at && s.end >= at + n.surface.length)?.index ?? 0;
      state.mentions.push({ start: at, end: at + n.surface.length, quote: n.surface, sentence, rule: 'test', confidence: 1, entityKey: key });
    }
  }
  state.mentions.sort((a, b) => a.start - b.start);
  return runSteps(state, [recognizeNumbers, bindQuantities]);
}
