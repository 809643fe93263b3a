import type { PipelineState, PipelineStep } from '../state.ts';
import { bindAll } from '../numbers/bind.ts';

/**
 * Figures become quantities: what kind (equipment, personnel, money, percent, count), what is
 * counted, who holds it, when, and in what state. Years, labels and pronoun-like "one" are left out.
 */
export const bindQuantities: PipelineStep = {
  id: 'quantities',
  run(state: PipelineState) {
    state.quantities = bindAll(state);
  },
};
