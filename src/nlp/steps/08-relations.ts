import type { PipelineState, PipelineStep } from '../state.ts';
import { relate } from '../entities/relations.ts';

/** Relations between named entities (holds_post, part_of, member_of, located_in), each with its evidence. */
export const relateEntities: PipelineStep = {
  id: 'relations',
  run(state: PipelineState) {
    state.relations.push(...relate(state));
  },
};
