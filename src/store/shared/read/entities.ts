import { sql, type Kysely } from 'kysely';
import type { AliasKind } from '../../../model/facts.ts';
import { foldName } from '../../../model/names.ts';
import type { Paged, StoredEntity } from '../../../model/views.ts';
import type { EntityFilter } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';
import { chunks, parsePage } from './rows.ts';

/** Full StoredEntity views (aliases, mention and document counts) for these ids, in the order given. */
export async function hydrateEntities(db: Kysely<AtlasDb>, ids: readonly number[]): Promise<StoredEntity[]> {
  const byId = new Map<number, StoredEntity>();
  for (const part of chunks([...new Set(ids)])) {
    const rows = await db.selectFrom('entities as e')
      .select((eb) => [
        'e.id', 'e.type', 'e.name', 'e.attributes', 'e.source',
        eb.selectFrom('mentions as m').select((m) => m.fn.countAll<number>().as('n')).whereRef('m.entity_id', '=', 'e.id').as('mention_count'),
        eb.selectFrom('mentions as m').select((m) => m.fn.count<number>('m.document_id').distinct().as('n')).whereRef('m.entity_id', '=', 'e.id').as('document_count'),
      ])
      .where('e.id', 'in', part)
      .execute();
    const aliases = await db.selectFrom('aliases').select(['entity_id', 'alias', 'kind']).where('entity_id', 'in', part).orderBy('id').execute();
    // Grouped once: filtering all aliases for each entity was quadratic in the chunk.
    const aliasesOf = new Map<number, { alias: string; kind: AliasKind }[]>();
    for (const a of aliases) {
      const list = aliasesOf.get(a.entity_id) ?? [];
      list.push({ alias: a.alias, kind: a.kind as AliasKind });
      aliasesOf.set(a.entity_id, list);
    }
    for (const r of rows) {
      byId.set(r.id, {
        id: r.id, type: r.type, name: r.name, source: r.source as StoredEntity['source'],
        attributes: JSON.parse(r.attributes) as Record<string, unknown>,
        aliases: aliasesOf.get(r.id) ?? [],
        mentionCount: Number(r.mention_count ?? 0),
        documentCount: Number(r.document_count ?? 0),
      });
    }
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export async function getEntity(db: Kysely<AtlasDb>, id: number): Promise<StoredEntity | null> {
  return (await hydrateEntities(db, [id]))[0] ?? null;
}

export async function listEntities(db: Kysely<AtlasDb>, text: TextIndex, filter: EntityFilter): Promise<Paged<StoredEntity>> {
  const page = parsePage(filter);
  const empty = { total: 0, limit: page.limit, offset: page.offset, items: [] };
  let q = db.selectFrom('entities as e');
  if (filter.type) q = q.where('e.type', '=', filter.type);
  if (filter.query !== undefined && filter.query.trim() !== '') {
    const match = text.entityQuery(filter.query);
    if (match === null) return empty;
    q = q.where(sql<boolean>`e.id IN (${text.entityIdsMatching(match)})`);
  }
  const total = Number((await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const rows = await q
    .select((eb) => ['e.id', eb.selectFrom('mentions as m').select((m) => m.fn.countAll<number>().as('n')).whereRef('m.entity_id', '=', 'e.id').as('mention_count')])
    .orderBy('mention_count', 'desc').orderBy('e.name').orderBy('e.id')
    .limit(page.limit).offset(page.offset)
    .execute();
  return { total, limit: page.limit, offset: page.offset, items: await hydrateEntities(db, rows.map((r) => r.id)) };
}

export async function findEntities(db: Kysely<AtlasDb>, name: string, type?: string): Promise<StoredEntity[]> {
  const folded = foldName(name);
  if (folded === '') return [];
  let q = db.selectFrom('entities as e').select('e.id')
    .where((eb) => eb.or([
      eb('e.name_folded', '=', folded),
      eb('e.id', 'in', eb.selectFrom('aliases').select('entity_id').where('folded', '=', folded)),
    ]));
  if (type) q = q.where('e.type', '=', type);
  const entities = await hydrateEntities(db, (await q.orderBy('e.id').execute()).map((r) => r.id));
  return entities.sort((a, b) => b.mentionCount - a.mentionCount || a.id - b.id);
}

/** Entities whose names or aliases start with the query's words, best first. */
export async function searchEntities(db: Kysely<AtlasDb>, text: TextIndex, words: string, limit = 20): Promise<StoredEntity[]> {
  const match = text.entityQuery(words);
  if (match === null) return [];
  return hydrateEntities(db, await text.rankedEntityIds(db, match, limit));
}
