import { sql, type Kysely } from 'kysely';
import { foldName } from '../../model/names.ts';
import type { AtlasDb } from './schema.ts';

/** Rewrites the entity_names_fts rows of these entities from their name and aliases (and folded forms, so "US" finds "U.S."). */
export async function refreshEntityNames(db: Kysely<AtlasDb>, entityIds: Iterable<number>): Promise<void> {
  for (const id of new Set(entityIds)) {
    await sql`DELETE FROM entity_names_fts WHERE rowid = ${id}`.execute(db);
    const entity = await db.selectFrom('entities').select(['name']).where('id', '=', id).executeTakeFirst();
    if (!entity) continue;
    const aliases = await db.selectFrom('aliases').select('alias').where('entity_id', '=', id).execute();
    const names = new Set<string>();
    for (const n of [entity.name, ...aliases.map((a) => a.alias)]) {
      names.add(n);
      names.add(foldName(n));
    }
    await sql`INSERT INTO entity_names_fts (rowid, names) VALUES (${id}, ${[...names].join(' | ')})`.execute(db);
  }
}

export async function removeEntityNames(db: Kysely<AtlasDb>, entityIds: readonly number[]): Promise<void> {
  for (const id of entityIds) await sql`DELETE FROM entity_names_fts WHERE rowid = ${id}`.execute(db);
}
