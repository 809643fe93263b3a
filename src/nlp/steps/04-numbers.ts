import type { PipelineState, PipelineStep } from '../state.ts';
import { inheritUnits } from '../numbers/inherit.ts';
import { compileNumbers } from '../numbers/lexicon.ts';
import { recognizeAll } from '../numbers/recognize.ts';
import { posLookup } from '../numbers/token-index.ts';

/**
 * Every figure the text writes, in digits or words, with its qualifier, unit (currency, percent,
 * fold) and range ends; years, designations, dates and page furniture are marked or left out.
 */
export const recognizeNumbers: PipelineStep = {
  id: 'numbers',
  run(state: PipelineState) {
    const c = compileNumbers(state.kb.numbers);
    const spans = recognizeAll(state.text, state.sentences, c);
    inheritUnits(state.text, spans, posLookup(state.tokens), c);
    state.numbers = spans;
  },
};
