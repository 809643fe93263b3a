import { foldName } from '../../model/names.ts';
import type { EntityRef, StoredEntity } from '../../model/views.ts';

/** In-memory lookup of entities by id and by folded name/alias. */
export class EntityIndex {
  readonly byId = new Map<number, StoredEntity>();
  private readonly byFold = new Map<string, StoredEntity[]>();

  constructor(readonly entities: StoredEntity[]) {
    for (const e of entities) {
      this.byId.set(e.id, e);
      for (const n of namesOf(e)) {
        const list = this.byFold.get(n) ?? [];
        if (!list.includes(e)) list.push(e);
        this.byFold.set(n, list);
      }
    }
  }

  get(id: number | null | undefined): StoredEntity | null {
    return id == null ? null : (this.byId.get(id) ?? null);
  }

  /** Entities whose name or an alias folds like `name`, most mentioned first. */
  find(name: string, type?: string): StoredEntity[] {
    const hits = this.byFold.get(foldName(name)) ?? [];
    return hits.filter((e) => !type || e.type === type).sort((a, b) => b.mentionCount - a.mentionCount);
  }
}

/** Folded name and aliases of an entity (the forms it is matched by). */
export function namesOf(e: Pick<StoredEntity, 'name' | 'aliases'>): Set<string> {
  const out = new Set<string>([foldName(e.name)]);
  for (const a of e.aliases) out.add(foldName(a.alias));
  out.delete('');
  return out;
}

export function refOf(e: Pick<StoredEntity, 'id' | 'name' | 'type'>): EntityRef {
  return { id: e.id, name: e.name, type: e.type };
}

/** A string attribute (or the strings of an array attribute), for attributes whose shape the gazetteer decides. */
export function attrStrings(e: StoredEntity, ...keys: string[]): string[] {
  const out: string[] = [];
  for (const k of keys) {
    const v = e.attributes[k];
    if (typeof v === 'string' && v.trim()) out.push(v.trim());
    else if (Array.isArray(v)) for (const x of v) if (typeof x === 'string' && x.trim()) out.push(x.trim());
  }
  return out;
}

export function attrString(e: StoredEntity, ...keys: string[]): string | null {
  return attrStrings(e, ...keys)[0] ?? null;
}
