import type { Kysely } from 'kysely';
import { foldName } from '../../model/names.ts';
import type { AtlasDb } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import { IN_MAX, inList, rawRows } from './write/raw-sql.ts';

/**
 * Rewrites the searchable names of these entities from their name and aliases (and folded forms, so
 * "US" finds "U.S."): a few statements per 500 entities, not four per entity.
 */
export async function refreshEntityNames(db: Kysely<AtlasDb>, dialect: StoreDialect, entityIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(entityIds)];
  const text = dialect.text;
  for (let i = 0; i < ids.length; i += IN_MAX) {
    const chunk = ids.slice(i, i + IN_MAX);
    const { marks, params } = inList(chunk);
    const entities = await rawRows<{ id: number; name: string }>(db, dialect, `SELECT id, name FROM entities WHERE id IN (${marks})`, params);
    // In the order of the (entity_id, alias) key, as one entity's aliases always came.
    const aliases = await rawRows<{ entity_id: number; alias: string }>(db, dialect,
      `SELECT entity_id, alias FROM aliases WHERE entity_id IN (${marks}) ORDER BY entity_id, alias`, params);
    const names = new Map<number, Set<string>>();
    const add = (id: number, n: string) => {
      let set = names.get(id);
      if (!set) names.set(id, (set = new Set()));
      set.add(n);
      set.add(foldName(n));
    };
    const found = new Set<number>();
    for (const e of entities) found.add(e.id);
    // The name first, then the aliases: entity by entity, in the order given.
    const byEntity = new Map<number, string[]>();
    for (const a of aliases) {
      let list = byEntity.get(a.entity_id);
      if (!list) byEntity.set(a.entity_id, (list = []));
      list.push(a.alias);
    }
    const nameOf = new Map(entities.map((e) => [e.id, e.name]));
    for (const id of chunk) {
      const name = nameOf.get(id);
      if (name === undefined) continue;
      add(id, name);
      for (const alias of byEntity.get(id) ?? []) add(id, alias);
    }
    await text.unindexEntities(db, chunk.filter((id) => !found.has(id)));
    await text.indexEntityNames(db, chunk.filter((id) => found.has(id)).map((id) => ({ id, names: [...names.get(id)!] })));
  }
}
