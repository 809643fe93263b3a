/**
 * How a fact keeps its public reference (`q12`) across versions of its document. A fact is
 * anchored like a W3C Web Annotation TextQuoteSelector: the rule that found it, its quote, and a
 * little of the text on each side. A new version's fact with the same anchor takes the previous
 * fact's id; a previous fact no new one matches is removed, and leads to a successor when one
 * can be found: the same rule and quote elsewhere (moved), else the same rule at the same place
 * (same context on one side) with changed text.
 */

/** Characters of context kept on each side of a quote, so anchors can re-attach after the text is edited. */
export const ANCHOR_CONTEXT = 32;
/** Characters of that context a fact's identity depends on: an edit further away keeps the reference. */
export const KEY_CONTEXT = 16;

export interface Anchor {
  rule: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
}

export interface IdentifiedAnchor extends Anchor {
  id: number;
}

export interface FactPlan {
  /** For each new fact, in the order given: the id it takes (kept or restored), or undefined for a fresh one. */
  ids: (number | undefined)[];
  kept: number;
  restored: number;
  /** Previous facts the new version does not have, with the index of their successor among the new facts. */
  removed: { fact: IdentifiedAnchor; successor: number | null }[];
}

export function anchorAt(text: string, span: { start: number; end: number; quote: string; rule: string }): Anchor {
  return {
    rule: span.rule, quote: span.quote, start: span.start,
    prefix: text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start),
    suffix: text.slice(span.end, span.end + ANCHOR_CONTEXT),
  };
}

const tail = (s: string) => s.slice(-KEY_CONTEXT);
const head = (s: string) => s.slice(0, KEY_CONTEXT);

export function anchorKey(a: Anchor): string {
  return JSON.stringify([a.rule, a.quote, tail(a.prefix), head(a.suffix)]);
}

/** Ids by anchor key, each list in text order, so repeated identical passages pair up in order. */
function queues(facts: readonly IdentifiedAnchor[]): Map<string, number[]> {
  const byKey = new Map<string, number[]>();
  for (const f of [...facts].sort((a, b) => a.start - b.start || a.id - b.id)) {
    const list = byKey.get(anchorKey(f)) ?? [];
    list.push(f.id);
    byKey.set(anchorKey(f), list);
  }
  return byKey;
}

function nearest(old: Anchor, pool: { a: Anchor; i: number }[]): number | null {
  let best: { a: Anchor; i: number } | null = null;
  for (const c of pool) {
    const d = Math.abs(c.a.start - old.start);
    if (!best || d < Math.abs(best.a.start - old.start)) best = c;
  }
  return best?.i ?? null;
}

function successorOf(old: Anchor, next: readonly Anchor[], taken: ReadonlySet<number>): number | null {
  const sameRule = next.map((a, i) => ({ a, i })).filter((c) => c.a.rule === old.rule);
  const untaken = sameRule.filter((c) => !taken.has(c.i));
  const samePlace = (a: Anchor) => (tail(old.prefix) !== '' && tail(a.prefix) === tail(old.prefix))
    || (head(old.suffix) !== '' && head(a.suffix) === head(old.suffix));
  for (const test of [(a: Anchor) => a.quote === old.quote, samePlace]) {
    // Prefer a new fact that continues no previous one; else share one.
    for (const pool of [untaken, sameRule]) {
      const found = nearest(old, pool.filter((c) => test(c.a)));
      if (found !== null) return found;
    }
  }
  return null;
}

/** Pairs one kind of fact of a new version with the previous version's facts and the document's tombstones. */
export function planFacts(previous: readonly IdentifiedAnchor[], tombstones: readonly IdentifiedAnchor[], next: readonly Anchor[]): FactPlan {
  const live = queues(previous);
  const dead = queues(tombstones);
  const ids: (number | undefined)[] = new Array(next.length).fill(undefined);
  const used = new Set<number>();
  let kept = 0;
  let restored = 0;
  const order = next.map((a, i) => ({ a, i })).sort((x, y) => x.a.start - y.a.start || x.i - y.i);
  for (const { a, i } of order) {
    const id = live.get(anchorKey(a))?.shift();
    if (id !== undefined) { ids[i] = id; used.add(id); kept++; }
  }
  for (const { a, i } of order) {
    if (ids[i] !== undefined) continue;
    const id = dead.get(anchorKey(a))?.shift();
    if (id !== undefined) { ids[i] = id; restored++; }
  }
  // New facts that continue a previous fact under its id are not offered as successors first.
  const taken = new Set(ids.flatMap((id, i) => (id !== undefined && used.has(id) ? [i] : [])));
  const removed = previous
    .filter((f) => !used.has(f.id))
    .map((fact) => ({ fact, successor: successorOf(fact, next, taken) }));
  return { ids, kept, restored, removed };
}
