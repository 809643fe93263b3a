import { findClaims } from '../claims/attribute.ts';
import type { PipelineStep } from '../state.ts';

/** Claims: quotations with their speakers, and assessments attributed to a source. */
export const attributeClaims: PipelineStep = {
  id: 'claims',
  run(state) {
    state.claims = findClaims(state);
  },
};
