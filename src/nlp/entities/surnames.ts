import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { RecognizerContext } from './context.ts';

/** Later surname-only mentions ("Akhmetov announced...") of people named in full elsewhere in the document. */
export function surnameCandidates(ctx: RecognizerContext, selected: Candidate[], covered: Uint8Array): Candidate[] {
  // Surname -> the fullest name that ends with it; two different full names make the surname ambiguous.
  const bySurname = new Map<string, Candidate | null>();
  const size = (c: Candidate) => (c.ref.kind === 'person' ? c.ref.name.split(/\s+/).length : 0);
  for (const c of selected) {
    if (c.ref.kind !== 'person') continue;
    const parts = c.ref.name.split(/\s+/).filter((p) => !ctx.lx.particles.has(p));
    const last = parts[parts.length - 1];
    if (!last || last.length < 3) continue;
    const prev = bySurname.get(last);
    if (prev === null) continue;
    if (!prev || size(prev) < size(c)) bySurname.set(last, c);
    else if (size(prev) > 1 && size(c) > 1 && prev.ref.kind === 'person' && prev.ref.name !== c.ref.name) bySurname.set(last, null);
  }
  const out: Candidate[] = [];
  if (!bySurname.size) return out;
  for (const w of ctx.words) {
    if (covered[w.i] || w.kind !== 'word' || !w.cap) continue;
    const c = bySurname.get(w.text);
    if (!c || c.ref.kind !== 'person') continue;
    out.push({
      from: w.i, to: w.i + 1, type: 'PERSON', ref: { kind: 'person', name: c.ref.name, titles: [] },
      rule: 'entities.person.surname', confidence: 0.8, priority: PRIORITY.person, attrs: {},
    });
  }
  return out;
}
