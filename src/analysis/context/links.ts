import type { LinkEndKind, StoredLink } from '../../model/links.ts';
import { formatFactRef } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';

const endKey = (kind: LinkEndKind, id: number) => `${kind}:${id}`;

/**
 * The stored links between facts, indexed by either end: what the text says about a figure or an
 * event (its category, that it counts a contingent, that it equals another in dollars), read once
 * per view instead of reading the text again. Each link explains itself (`atlas explain l12`).
 */
export class LinkIndex {
  private readonly byFrom = new Map<string, StoredLink[]>();
  private readonly byTo = new Map<string, StoredLink[]>();
  private readonly byType = new Map<string, StoredLink[]>();

  constructor(readonly all: StoredLink[]) {
    for (const l of all) {
      push(this.byFrom, endKey(l.from.kind, l.from.id), l);
      if (l.to) push(this.byTo, endKey(l.to.kind, l.to.id), l);
      push(this.byType, l.type, l);
    }
  }

  static async load(store: AtlasStore): Promise<LinkIndex> {
    return new LinkIndex(await store.links({}));
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
    return this.from(kind, id, type)[0] ?? null;
  }

  has(kind: LinkEndKind, id: number, type: string): boolean {
    return this.cue(kind, id, type) !== null;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

export const lref = (l: { id: number }) => formatFactRef({ kind: 'link', id: l.id });
