import type { Candidate } from './candidates.ts';
import type { Chunk } from './chunks.ts';
import { countryIso } from './attribution.ts';
import { classifyChunks } from './classify.ts';
import type { RecognizerContext } from './context.ts';

/**
 * "Peace Operations Center of the Ministry of Defense of the Republic of Kazakhstan", "Border Troops of the
 * State Committee for National Security": the body after "of (the)" is named too, as an organization of its
 * own. Only where the whole chunk was taken as one organization or program, and the inner part starts with
 * an organization head ("Ministry", "Committee") and reads as an organization by itself.
 */
/** How many units into a chunk a nested body may start, and how long it may be. */
const MAX_REACH = 16;

export function nestedBodies(ctx: RecognizerContext, chunks: readonly Chunk[], selected: readonly Candidate[], all: readonly Candidate[]): Candidate[] {
  const { lx } = ctx;
  const byFrom = new Map<number, Candidate>();
  for (const c of selected) if (c.type === 'ORG' || c.type === 'PROGRAM') byFrom.set(c.from, c);
  // The longest organization candidate starting at each word, selected or not.
  const orgAt = new Map<number, Candidate>();
  for (const c of all) if (c.type === 'ORG' && !c.blocker && (orgAt.get(c.from)?.to ?? -1) < c.to) orgAt.set(c.from, c);
  const countryAt = new Map<number, Candidate>();
  for (const c of all) if (countryIso(c)) countryAt.set(c.from, c);
  const out: Candidate[] = [];
  for (const chunk of chunks) {
    const units = chunk.units;
    // A nested body opens near its chunk's start: bounded, so a chunk of thousands of "X of Y" stays linear.
    for (let i = 1; i < Math.min(units.length - 1, MAX_REACH); i++) {
      if (!units[i]!.connector || units[i]!.text !== 'of') continue;
      const k = units[i + 1]!.connector && units[i + 1]!.text === 'the' ? i + 2 : i + 1;
      const head = units[k];
      if (!head || head.connector) continue;
      // "Ministry of Defense", "State Committee for National Security": a head, or a generic modifier and a head.
      const second = units[k + 1];
      if (!lx.orgHeads.has(head.text) && !(lx.genericModifiers.has(head.text) && second && !second.connector && lx.orgHeads.has(second.text))) continue;
      const outer = findOuter(byFrom, units[0]!.from, head.from);
      if (!outer || outer.to < units[units.length - 1]!.to) continue;
      // A known body ("Ministry of Defense of Kazakhstan") first, else the inner words read as a name of their own.
      const known = orgAt.get(head.from);
      const inner = known ?? classifyChunks(ctx, [{ units: units.slice(k, k + MAX_REACH), possessive: chunk.possessive }])
        .find((c) => c.type === 'ORG' && c.from === head.from);
      if (inner) out.push({ ...inner, ...countryAfter(ctx, inner, countryAt), rule: 'entities.org.nested-body' });
    }
  }
  return out;
}

// The candidate covering the chunk starts at its first unit or a word or two before it ("the").
function findOuter(byFrom: Map<number, Candidate>, chunkFrom: number, innerFrom: number): Candidate | null {
  for (let f = chunkFrom; f >= chunkFrom - 2; f--) {
    const c = byFrom.get(f);
    if (c && c.to > innerFrom) return c;
  }
  return null;
}

// "Ministry of Defense of the Republic of Kazakhstan" inside a longer name: the country after it is its
// country, and part of the name the text gives it (the outer name hides it from the usual attribution).
function countryAfter(ctx: RecognizerContext, inner: Candidate, countryAt: Map<number, Candidate>): Partial<Candidate> {
  const { words } = ctx;
  if (words[inner.to]?.lower !== 'of') return {};
  const k = words[inner.to + 1]?.lower === 'the' ? inner.to + 2 : inner.to + 1;
  const place = countryAt.get(k);
  const iso = countryIso(place);
  return place && iso ? { to: place.to, country: iso } : {};
}
