import type { PipelineStep } from '../state.ts';

// Placeholder: its owner replaces this with the real step.
export const recognizeNumbers: PipelineStep = {
  id: 'numbers',
  run() {},
};
