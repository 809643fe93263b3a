import { detectEventList } from '../events/detect.ts';
import type { PipelineStep } from '../state.ts';

/** Events: dated happenings typed by trigger words (schema/event-types.json). */
export const detectEvents: PipelineStep = {
  id: 'events',
  run(state) {
    state.events = detectEventList(state);
  },
};
