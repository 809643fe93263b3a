import type { Mention } from '../../model/facts.ts';
import type { PipelineState } from '../state.ts';

const SPEAKER_TYPES = new Set(['PERSON', 'ORG']);

const sorted = new WeakMap<readonly Mention[], Mention[]>();

/** Mentions inside [start, end), in text order (binary search over the mentions sorted once per state). */
export function mentionsIn(state: PipelineState, start: number, end: number): Mention[] {
  let list = sorted.get(state.mentions);
  if (!list) {
    list = [...state.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    sorted.set(state.mentions, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
  return out;
}

/** Mentions of people and organizations in [start, end), in text order. */
export function speakerMentions(state: PipelineState, start: number, end: number): Mention[] {
  return mentionsIn(state, start, end).filter((m) => SPEAKER_TYPES.has(state.entities.get(m.entityKey)?.type ?? ''));
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
