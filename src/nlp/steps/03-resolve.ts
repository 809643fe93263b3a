import type { PipelineState, PipelineStep } from '../state.ts';
import { resolveEntities as resolve } from '../entities/resolve.ts';
import { fullerPlaceNames } from '../entities/place-names.ts';

/**
 * One canonical entity per real-world thing in the document: acronym and expansion, plural variants,
 * surname and full name merge; each entity is named by the fullest form the document gives.
 */
export const resolveEntities: PipelineStep = {
  id: 'resolve',
  run(state: PipelineState) {
    state.entities = resolve(state.entities, state.mentions, state.kb.gazetteer.vocabulary.invertibleHeads);
    fullerPlaceNames(state.text, state.entities, state.mentions, state.kb.placeHeads);
  },
};
