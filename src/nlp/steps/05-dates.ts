import { recognizeDateSpans } from '../dates/recognize.ts';
import type { PipelineStep } from '../state.ts';

/** Dates: explicit ("May 7, 2003", "the 1990s", "2008–2013") and relative ones resolved from context. */
export const recognizeDates: PipelineStep = {
  id: 'dates',
  run(state) {
    state.dates = recognizeDateSpans(state);
  },
};
