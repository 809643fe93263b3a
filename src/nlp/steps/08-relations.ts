import type { PipelineState, PipelineStep } from '../state.ts';
import { relate } from '../entities/relations.ts';

/** Relations between named entities (holds_post, part_of, member_of, located_in), each with its evidence. */
export const relateEntities: PipelineStep = {
  id: 'relations',
  run(state: PipelineState) {
    for (const r of relate(state)) state.relations.push(r); // no argument spreading: the list can be long
  },
};
