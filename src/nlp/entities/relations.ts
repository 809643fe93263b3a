import type { Entity, Mention, Relation } from '../../model/facts.ts';
import type { PartialDate } from '../../model/date.ts';
import type { PipelineState } from '../state.ts';
import { holdsPost, titleRegex } from './holds-post.ts';
import { locatedIn, memberOf, partOf } from './org-relations.ts';
import type { Rel, RelContext } from './relation-context.ts';

/**
 * Relations between entities named in one sentence: who holds which post, which unit is part of which,
 * which country is a member of which alliance, where an organization is. Each carries its evidence.
 */
export function relate(state: PipelineState): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (r: Rel) => {
    const k = `${r.subjectKey}|${r.predicate}|${r.objectKey}|${r.label ?? ''}`;
    if (r.subjectKey === r.objectKey || seen.has(k)) return;
    seen.add(k);
    out.push(r);
  };
  const bodies = new Map<string, Entity>();
  for (const e of state.entities.values()) if (typeof e.attributes.generic === 'string') bodies.set(`${e.attributes.generic}|${e.attributes.country ?? ''}`, e);
  const dates = new Map<number, PartialDate>();
  // The sentence's first explicit date, else its first relative one.
  const explicit = new Set<number>();
  for (const d of state.dates) {
    if (explicit.has(d.sentence)) continue;
    if (!d.relative) explicit.add(d.sentence);
    if (!d.relative || !dates.has(d.sentence)) dates.set(d.sentence, d.date);
  }
  const ctx: RelContext = { state, focus: focusOf(state), bodies, dates, ent: (m) => state.entities.get(m.entityKey), titleRe: titleRegex(state), add };
  const bySentence = new Map<number, Mention[]>();
  for (const m of state.mentions) {
    const l = bySentence.get(m.sentence);
    if (l) l.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const [s, ms] of bySentence) {
    // Mentions mostly arrive in text order; a stable sort of a sorted list changes nothing, so it is skipped.
    if (!sortedByStart(ms)) ms.sort((a, b) => a.start - b.start);
    holdsPost(ctx, s, ms);
    partOf(ctx, s, ms);
    memberOf(ctx, s, ms);
    locatedIn(ctx, s, ms);
  }
  branchesOfArmedForces(ctx);
  return out;
}

function focusOf(state: PipelineState): string | null {
  const counts = new Map<string, number>();
  for (const m of state.mentions) {
    const e = state.entities.get(m.entityKey);
    if (e?.attributes.kind === 'country' && typeof e.attributes.iso2 === 'string') counts.set(e.attributes.iso2, (counts.get(e.attributes.iso2) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/** Knowledge, not text: a country's branches are part of its armed forces when both are named. */
function branchesOfArmedForces(ctx: RelContext): void {
  const { state } = ctx;
  const forces = new Map<string, Entity>();
  for (const e of state.entities.values()) if (e.attributes.kind === 'armed-forces' && typeof e.attributes.country === 'string') forces.set(e.attributes.country, e);
  const first = new Map<string, Mention>();
  for (const m of state.mentions) if (!first.has(m.entityKey)) first.set(m.entityKey, m);
  for (const e of state.entities.values()) {
    if (e.attributes.kind !== 'branch' || typeof e.attributes.country !== 'string') continue;
    const f = forces.get(e.attributes.country);
    const m = first.get(e.key);
    if (!f || !m) continue;
    ctx.add({ subjectKey: e.key, predicate: 'part_of', objectKey: f.key, label: null, validFrom: null, sentence: m.sentence, start: m.start, end: m.end, quote: m.quote, rule: 'relations.part_of.branch-of-armed-forces', confidence: 0.7 });
  }
}

function sortedByStart(ms: readonly Mention[]): boolean {
  for (let i = 1; i < ms.length; i++) if (ms[i - 1]!.start > ms[i]!.start) return false;
  return true;
}
