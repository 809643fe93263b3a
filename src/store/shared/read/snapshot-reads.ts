import type { Kysely } from 'kysely';
import type { AliasKind } from '../../../model/facts.ts';
import type { DocumentStamp, EntityRecord } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';

/** Reads for a reader that keeps the store in memory and refreshes only what changed. */

export async function documentStamps(db: Kysely<AtlasDb>): Promise<DocumentStamp[]> {
  const rows = await db.selectFrom('documents').select(['id', 'version']).orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, version: Number(r.version) }));
}

/** Every entity with its aliases and no counts, in the order of name then id (the database's collation). */
export async function entityRecords(db: Kysely<AtlasDb>): Promise<EntityRecord[]> {
  const [rows, aliases] = await Promise.all([
    db.selectFrom('entities').select(['id', 'type', 'name', 'attributes', 'source']).orderBy('name').orderBy('id').execute(),
    db.selectFrom('aliases').select(['entity_id', 'alias', 'kind']).orderBy('id').execute(),
  ]);
  const aliasesOf = new Map<number, { alias: string; kind: AliasKind }[]>();
  for (const a of aliases) {
    const list = aliasesOf.get(a.entity_id);
    const alias = { alias: a.alias, kind: a.kind as AliasKind };
    if (list) list.push(alias);
    else aliasesOf.set(a.entity_id, [alias]);
  }
  return rows.map((r) => ({
    id: r.id, type: r.type, name: r.name, source: r.source as EntityRecord['source'],
    attributes: JSON.parse(r.attributes) as Record<string, unknown>,
    aliases: aliasesOf.get(r.id) ?? [],
  }));
}
