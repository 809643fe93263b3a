import { findLinks } from '../relations/find-links.ts';
import type { PipelineStep } from '../state.ts';

/** Links: what the text says about the facts the earlier steps found (src/nlp/relations). */
export const linkFacts: PipelineStep = {
  id: 'links',
  run(state) {
    state.links = findLinks(state);
  },
};
