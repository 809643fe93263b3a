import type { Kysely } from 'kysely';
import { foldName } from '../../model/names.ts';
import type { AtlasDb } from './schema.ts';
import type { TextIndex } from './store-dialect.ts';

/** Rewrites the searchable names of these entities from their name and aliases (and folded forms, so "US" finds "U.S."). */
export async function refreshEntityNames(db: Kysely<AtlasDb>, text: TextIndex, entityIds: Iterable<number>): Promise<void> {
  for (const id of new Set(entityIds)) {
    const entity = await db.selectFrom('entities').select(['name']).where('id', '=', id).executeTakeFirst();
    if (!entity) {
      await text.unindexEntities(db, [id]);
      continue;
    }
    const aliases = await db.selectFrom('aliases').select('alias').where('entity_id', '=', id).execute();
    const names = new Set<string>();
    for (const n of [entity.name, ...aliases.map((a) => a.alias)]) {
      names.add(n);
      names.add(foldName(n));
    }
    await text.indexEntityNames(db, id, [...names]);
  }
}
