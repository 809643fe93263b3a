import type { Kysely } from 'kysely';
import { foldName } from '../../model/names.ts';
import type { AtlasDb } from './schema.ts';
import type { TextIndex } from './store-dialect.ts';

// Ids per query: well under SQLite's bound-parameter limit.
const CHUNK = 500;

/**
 * Rewrites the searchable names of these entities from their name and aliases (and folded forms, so
 * "US" finds "U.S."): a few statements per 500 entities, not four per entity.
 */
export async function refreshEntityNames(db: Kysely<AtlasDb>, text: TextIndex, entityIds: Iterable<number>): Promise<void> {
  const ids = [...new Set(entityIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const entities = await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', chunk).execute();
    // In the order of the (entity_id, alias) key, as one entity's aliases always came.
    const aliases = await db.selectFrom('aliases').select(['entity_id', 'alias']).where('entity_id', 'in', chunk)
      .orderBy('entity_id').orderBy('alias').execute();
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
