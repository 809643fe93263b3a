import type { LinkEndKind, StoredLink } from '../../model/links.ts';
import { formatFactRef } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';

const KINDS: Record<LinkEndKind, number> = { quantity: 0, event: 1, mention: 2 };
// A number, not a string: views look up every fact's links, and a string per lookup added up.
const endKey = (kind: LinkEndKind, id: number) => id * 4 + (KINDS[kind] ?? 3);

/**
 * The stored links between facts, indexed by either end: what the text says about a figure or an
 * event (its category, that it counts a contingent, that it equals another in dollars), read once
 * per view instead of reading the text again. Each link explains itself (`atlas explain l12`).
 */
export class LinkIndex {
  private readonly byFrom = new Map<number, StoredLink[]>();
  private readonly byTo = new Map<number, StoredLink[]>();
  private readonly byType = new Map<string, StoredLink[]>();

  constructor(readonly all: StoredLink[], index = true) {
    if (!index) return;
    for (const l of all) {
      push(this.byFrom, endKey(l.from.kind, l.from.id), l);
      if (l.to) push(this.byTo, endKey(l.to.kind, l.to.id), l);
      push(this.byType, l.type, l);
    }
  }

  static async load(store: AtlasStore): Promise<LinkIndex> {
    return new LinkIndex(await store.links({}));
  }

  /**
   * This index with the links of the `changed` documents replaced by `added` (those documents' links
   * now), sharing every list no change touches: a new store generation after one upload costs the
   * lists of that document's links, not a rebuild over every link of the store. `all` is the new whole list.
   */
  patched(changed: ReadonlySet<number>, added: readonly StoredLink[], all: StoredLink[]): LinkIndex {
    const next = new LinkIndex(all, false);
    for (const [k, v] of this.byFrom) next.byFrom.set(k, v);
    for (const [k, v] of this.byTo) next.byTo.set(k, v);
    for (const [k, v] of this.byType) next.byType.set(k, v);
    const fresh = new Map<Map<number | string, StoredLink[]>, Map<number | string, StoredLink[]>>();
    const touch = (map: Map<number, StoredLink[]> | Map<string, StoredLink[]>, key: number | string) => {
      const m = map as Map<number | string, StoredLink[]>;
      let keys = fresh.get(m);
      if (!keys) fresh.set(m, (keys = new Map()));
      if (!keys.has(key)) keys.set(key, []);
      return keys.get(key)!;
    };
    // The keys the changed documents' old links sat under are rebuilt; so are the new links' keys.
    for (const l of this.all) {
      if (!changed.has(l.documentId)) continue;
      touch(next.byFrom, endKey(l.from.kind, l.from.id));
      if (l.to) touch(next.byTo, endKey(l.to.kind, l.to.id));
      touch(next.byType, l.type);
    }
    for (const l of added) {
      touch(next.byFrom, endKey(l.from.kind, l.from.id)).push(l);
      if (l.to) touch(next.byTo, endKey(l.to.kind, l.to.id)).push(l);
      touch(next.byType, l.type).push(l);
    }
    for (const [map, keys] of fresh) {
      for (const [key, addedHere] of keys) {
        const kept = (map.get(key) ?? []).filter((l) => !changed.has(l.documentId));
        const list = mergeInOrder(kept, addedHere.sort(storeOrder));
        if (list.length) map.set(key, list);
        else map.delete(key);
      }
    }
    return next;
  }

  ofType(type: string): StoredLink[] {
    return this.byType.get(type) ?? [];
  }

  from(kind: LinkEndKind, id: number, type?: string): StoredLink[] {
    const list = this.byFrom.get(endKey(kind, id)) ?? [];
    return type ? list.filter((l) => l.type === type) : list;
  }

  to(kind: LinkEndKind, id: number, type?: string): StoredLink[] {
    const list = this.byTo.get(endKey(kind, id)) ?? [];
    return type ? list.filter((l) => l.type === type) : list;
  }

  /** The first cue of a type on a fact, or null. */
  cue(kind: LinkEndKind, id: number, type: string): StoredLink | null {
    // A loop, not from(): asked for every figure of the store, a filtered copy each time added up.
    for (const l of this.byFrom.get(endKey(kind, id)) ?? []) if (l.type === type) return l;
    return null;
  }

  has(kind: LinkEndKind, id: number, type: string): boolean {
    return this.cue(kind, id, type) !== null;
  }
}

/** The store's order of links: document, offset, id. */
const storeOrder = (a: StoredLink, b: StoredLink) => a.documentId - b.documentId || a.start - b.start || a.id - b.id;

function mergeInOrder(a: StoredLink[], b: StoredLink[]): StoredLink[] {
  if (!b.length) return a;
  if (!a.length || storeOrder(a[a.length - 1], b[0]) < 0) return [...a, ...b];
  const out: StoredLink[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && storeOrder(b[j], x) < 0) out.push(b[j++]);
    out.push(x);
  }
  while (j < b.length) out.push(b[j++]);
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

export const lref = (l: { id: number }) => formatFactRef({ kind: 'link', id: l.id });
