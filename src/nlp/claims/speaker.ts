import type { Mention } from '../../model/facts.ts';
import type { PipelineState } from '../state.ts';

const SPEAKER_TYPES = new Set(['PERSON', 'ORG']);

/** Mentions of people and organizations in [start, end), in text order. */
export function speakerMentions(state: PipelineState, start: number, end: number): Mention[] {
  return state.mentions
    .filter((m) => m.start >= start && m.end <= end && SPEAKER_TYPES.has(state.entities.get(m.entityKey)?.type ?? ''))
    .sort((a, b) => a.start - b.start);
}

/** The mention that starts at (or within a few characters after) `at`: the X of "According to X". */
export function mentionAt(state: PipelineState, at: number, slack = 6): Mention | null {
  return speakerMentions(state, at, at + 120).find((m) => m.start - at <= slack) ?? null;
}

/** The speaker mention that ends closest before `at` (within `from`..`at`); people win over organizations. */
export function mentionBefore(state: PipelineState, from: number, at: number): Mention | null {
  const list = speakerMentions(state, from, at);
  const people = list.filter((m) => state.entities.get(m.entityKey)?.type === 'PERSON');
  return (people.length ? people : list).at(-1) ?? null;
}
