import type { Entity, Participant } from '../../model/facts.ts';
import { mentionsIn } from '../claims/speaker.ts';
import type { PipelineState } from '../state.ts';

/**
 * The entities a clause mentions, with roles: the first one before the trigger is the actor
 * (grammatical subject), places after "in/at/to/near" are locations, the rest partners. A capital
 * that acts ("Moscow signed", "talks with Tashkent") stands for its country when the document names it.
 */
export function participantsOf(state: PipelineState, start: number, end: number, triggerStart: number): Participant[] {
  const out: Participant[] = [];
  const seen = new Set<string>();
  let actor = false;
  const countries = countryByIso(state.entities);
  for (const m of mentionsIn(state, start, end)) {
    const entity = state.entities.get(m.entityKey);
    const type = entity?.type;
    const before = state.text.slice(Math.max(start, m.start - 12), m.start);
    const located = type === 'PLACE' && /\b(?:in|at|to|near|into|from)\s+(?:the\s+)?$/i.test(before);
    const capitalOf = entity?.attributes.capitalOf;
    const key = !located && typeof capitalOf === 'string' ? countries.get(capitalOf) ?? m.entityKey : m.entityKey;
    if (seen.has(key)) continue;
    seen.add(key);
    let role: Participant['role'] = 'partner';
    if (located) role = 'location';
    else if (!actor && m.end <= triggerStart && type !== 'EQUIPMENT') {
      role = 'actor';
      actor = true;
    } else if (type === 'EQUIPMENT') role = 'subject';
    else if (type === 'PROGRAM') role = 'subject';
    out.push({ entityKey: key, role });
  }
  return out;
}

const cache = new WeakMap<ReadonlyMap<string, Entity>, Map<string, string>>();
/** The document's country entities by ISO code, computed once per entity map. */
function countryByIso(entities: ReadonlyMap<string, Entity>): Map<string, string> {
  let m = cache.get(entities);
  if (!m) {
    m = new Map();
    for (const e of entities.values()) {
      const iso = e.attributes.iso2;
      if (e.attributes.kind === 'country' && typeof iso === 'string' && !m.has(iso)) m.set(iso, e.key);
    }
    cache.set(entities, m);
  }
  return m;
}
