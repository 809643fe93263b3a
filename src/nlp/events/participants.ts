import type { Participant } from '../../model/facts.ts';
import { mentionsIn } from '../claims/speaker.ts';
import type { PipelineState } from '../state.ts';

/**
 * The entities a clause mentions, with roles: the first one before the trigger is the actor
 * (grammatical subject), places after "in/at/to/near" are locations, the rest partners.
 */
export function participantsOf(state: PipelineState, start: number, end: number, triggerStart: number): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  let actor = false;
  for (const m of mentionsIn(state, start, end)) {
    if (seen.has(m.entityKey)) continue;
    seen.add(m.entityKey);
    const type = state.entities.get(m.entityKey)?.type;
    const before = state.text.slice(Math.max(start, m.start - 12), m.start);
    let role: Participant['role'] = 'partner';
    if (type === 'PLACE' && /\b(?:in|at|to|near|into|from)\s+(?:the\s+)?$/i.test(before)) role = 'location';
    else if (!actor && m.end <= triggerStart && type !== 'EQUIPMENT') {
      role = 'actor';
      actor = true;
    } else if (type === 'EQUIPMENT') role = 'subject';
    else if (type === 'PROGRAM') role = 'subject';
    out.push({ entityKey: m.entityKey, role });
  }
  return out;
}
