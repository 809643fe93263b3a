import type { PipelineState, PipelineStep } from '../state.ts';
import { inheritUnits } from '../numbers/inherit.ts';
import { compileNumbers } from '../numbers/lexicon.ts';
import { recognizeAll } from '../numbers/recognize.ts';

/**
 * Every figure the text writes, in digits or words, with its qualifier, unit (currency, percent,
 * fold) and range ends; years, designations, dates and page furniture are marked or left out.
 */
export const recognizeNumbers: PipelineStep = {
  id: 'numbers',
  run(state: PipelineState) {
    const c = compileNumbers(state.kb.numbers);
    const spans = recognizeAll(state.text, state.sentences, c);
    const pos = new Map<number, string>();
    for (const t of state.tokens) pos.set(t.start, t.pos);
    inheritUnits(state.text, spans, (at) => pos.get(at), c);
    state.numbers = spans;
  },
};
