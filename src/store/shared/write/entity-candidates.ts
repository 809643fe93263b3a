import type { Kysely, Selectable } from 'kysely';
import type { Entity } from '../../../model/facts.ts';
import { foldName } from '../../../model/names.ts';
import type { AtlasDb, EntitiesTable } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { IN_MAX, inList, rawRows } from './raw-sql.ts';

export type EntityRow = Selectable<EntitiesTable>;

const COLUMNS = 'id, "key", type, name, name_folded, attributes, source';

/** The folded names an entity may be matched by across documents: never a bare surname. */
export function matchableFolds(e: Entity): string[] {
  const names = [e.name, ...e.aliases.filter((a) => a.kind !== 'surname').map((a) => a.alias)];
  return [...new Set(names.map(foldName).filter((f) => f.length > 0))];
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/**
 * The stored entities one extraction's entities could resolve to (same key, or a name or
 * non-surname alias that folds alike), read in a few queries before resolution starts instead of
 * three or four per entity; resolution then tells it every write it makes (entities created or
 * renamed, aliases added), so each lookup sees the store as a query at that moment would.
 */
export class EntityCandidates {
  private readonly byId = new Map<number, EntityRow>();
  private readonly byKey = new Map<string, number>();
  private readonly byNameFold = new Map<string, Set<number>>();
  private readonly byAliasFold = new Map<string, Set<number>>();

  static async load(db: Kysely<AtlasDb>, dialect: StoreDialect, entities: readonly Entity[]): Promise<EntityCandidates> {
    const view = new EntityCandidates();
    const rows = async <R>(text: (marks: string) => string, values: readonly unknown[], extra: readonly unknown[] = []): Promise<R[]> => {
      const out: R[] = [];
      for (let i = 0; i < values.length; i += IN_MAX) {
        const { marks, params } = inList(values.slice(i, i + IN_MAX));
        out.push(...await rawRows<R>(db, dialect, text(marks), [...params, ...extra]));
      }
      return out;
    };
    const keys = [...new Set(entities.map((e) => e.key))];
    const folds = [...new Set(entities.flatMap(matchableFolds))];
    for (const r of await rows<EntityRow>((m) => `SELECT ${COLUMNS} FROM entities WHERE "key" IN (${m})`, keys)) view.add(r);
    for (const r of await rows<EntityRow>((m) => `SELECT ${COLUMNS} FROM entities WHERE name_folded IN (${m})`, folds)) view.add(r);
    const aliased = await rows<{ entity_id: number; folded: string }>((m) => `SELECT entity_id, folded FROM aliases WHERE folded IN (${m}) AND kind != ?`, folds, ['surname']);
    const missing = [...new Set(aliased.map((a) => a.entity_id))].filter((id) => !view.byId.has(id));
    for (const r of await rows<EntityRow>((m) => `SELECT ${COLUMNS} FROM entities WHERE id IN (${m})`, missing)) view.add(r);
    for (const a of aliased) addTo(view.byAliasFold, a.folded, a.entity_id);
    return view;
  }

  /** A stored entity (read, or created by this resolution). */
  add(row: EntityRow): void {
    if (this.byId.has(row.id)) return;
    this.byId.set(row.id, row);
    this.byKey.set(row.key, row.id);
    addTo(this.byNameFold, row.name_folded, row.id);
  }

  withKey(key: string): EntityRow | undefined {
    const id = this.byKey.get(key);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Entities of `type` whose name folds to one of `folds`, and entities of any type with a non-surname alias that does. */
  named(type: string, folds: readonly string[]): { byName: EntityRow[]; byAlias: EntityRow[] } {
    const byName = new Map<number, EntityRow>();
    const aliased = new Set<number>();
    for (const f of folds) {
      for (const id of this.byNameFold.get(f) ?? []) {
        const row = this.byId.get(id)!;
        if (row.type === type) byName.set(id, row);
      }
      for (const id of this.byAliasFold.get(f) ?? []) aliased.add(id);
    }
    const byAlias = [...aliased].filter((id) => !byName.has(id)).map((id) => this.byId.get(id)!);
    return { byName: [...byName.values()], byAlias };
  }

  /** The entity was updated in the store (a new key, name or attributes). */
  changed(id: number, fields: Partial<Pick<EntityRow, 'key' | 'name' | 'name_folded' | 'source' | 'attributes'>>): void {
    const row = this.byId.get(id)!;
    if (fields.key !== undefined && fields.key !== row.key) {
      this.byKey.delete(row.key);
      this.byKey.set(fields.key, id);
    }
    if (fields.name_folded !== undefined && fields.name_folded !== row.name_folded) {
      this.byNameFold.get(row.name_folded)?.delete(id);
      addTo(this.byNameFold, fields.name_folded, id);
    }
    this.byId.set(id, { ...row, ...fields });
  }

  /** An alias row was inserted. */
  aliasAdded(entityId: number, folded: string, kind: string): void {
    if (kind !== 'surname') addTo(this.byAliasFold, folded, entityId);
  }
}
