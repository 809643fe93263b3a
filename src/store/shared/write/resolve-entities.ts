import type { Kysely, Selectable } from 'kysely';
import type { Alias, Entity } from '../../../model/facts.ts';
import { foldName } from '../../../model/names.ts';
import { refreshEntityNames } from '../entity-names.ts';
import type { AtlasDb, EntitiesTable } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';

type EntityRow = Selectable<EntitiesTable>;

const isGazetteer = (key: string) => key.startsWith('gz:');

/** The folded names an entity may be matched by across documents: never a bare surname. */
function matchableFolds(e: Entity): string[] {
  const names = [e.name, ...e.aliases.filter((a) => a.kind !== 'surname').map((a) => a.alias)];
  return [...new Set(names.map(foldName).filter((f) => f.length > 0))];
}

async function findMatch(db: Kysely<AtlasDb>, e: Entity): Promise<EntityRow | undefined> {
  const byKey = await db.selectFrom('entities').selectAll().where('key', '=', e.key).executeTakeFirst();
  if (byKey) return byKey;
  const folds = matchableFolds(e);
  if (folds.length === 0) return undefined;
  // Two indexed lookups, not one OR: SQLite answered the OR by reading every entity of the type,
  // a cost that grew with the store. The candidates are the same rows (sorted below, so order is moot).
  const byName = await db.selectFrom('entities').selectAll().where('type', '=', e.type).where('name_folded', 'in', folds).execute();
  const aliased = await db.selectFrom('aliases').select('entity_id').where('folded', 'in', folds).where('kind', '!=', 'surname').execute();
  const seen = new Set(byName.map((r) => r.id));
  const others = [...new Set(aliased.map((a) => a.entity_id))].filter((id) => !seen.has(id));
  const byAlias = others.length ? await db.selectFrom('entities').selectAll().where('id', 'in', others).execute() : [];
  const rows = [...byName, ...byAlias.filter((r) => r.type === e.type)];
  // Two different gazetteer ids are two different things, whatever their names.
  const candidates = rows.filter((r) => !(isGazetteer(e.key) && isGazetteer(r.key)));
  const nameFold = foldName(e.name);
  const score = (r: EntityRow) => (r.name_folded === nameFold ? 0 : 2) + (isGazetteer(r.key) ? 0 : 1);
  candidates.sort((a, b) => score(a) - score(b) || a.id - b.id);
  return candidates[0];
}

// Aliases an extraction found in a document's text belong to that document's version (replacing
// the version removes them); the knowledge files' aliases belong to no document.
/** Adds the aliases the entity lacks; whether any was new (unknown counts as new). */
async function addAliases(db: Kysely<AtlasDb>, entityId: number, aliases: readonly Alias[], documentId: number | null): Promise<boolean> {
  const seen = new Set<string>();
  const rows = aliases
    .filter((a) => !seen.has(a.alias) && seen.add(a.alias))
    .map((a) => ({ entity_id: entityId, alias: a.alias, folded: foldName(a.alias), kind: a.kind, document_id: documentId }));
  if (rows.length === 0) return false;
  const [r] = await db.insertInto('aliases').values(rows).onConflict((oc) => oc.columns(['entity_id', 'alias']).doNothing()).execute();
  return (r?.numInsertedOrUpdatedRows ?? 1n) > 0n;
}

const ownerOf = (e: Entity, documentId: number | null) => (e.source === 'extracted' ? documentId : null);

async function createEntity(db: Kysely<AtlasDb>, e: Entity, documentId: number | null): Promise<number> {
  const row = await db.insertInto('entities')
    .values({ key: e.key, type: e.type, name: e.name, name_folded: foldName(e.name), attributes: JSON.stringify(e.attributes), source: e.source })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addAliases(db, row.id, e.aliases, ownerOf(e, documentId));
  return row.id;
}

/** Merges `e` into a stored entity; whether its searchable names (name or aliases) changed. */
async function mergeInto(db: Kysely<AtlasDb>, target: EntityRow, e: Entity, documentId: number | null): Promise<boolean> {
  const old = JSON.parse(target.attributes) as Record<string, unknown>;
  const extra: Alias[] = [...e.aliases];
  if (isGazetteer(e.key) && !isGazetteer(target.key)) {
    // The knowledge files now know this thing: adopt their id, name and attributes; keep the old name as an alias.
    await db.updateTable('entities')
      .set({ key: e.key, name: e.name, name_folded: foldName(e.name), source: 'gazetteer', attributes: JSON.stringify({ ...old, ...e.attributes }) })
      .where('id', '=', target.id)
      .execute();
    extra.push({ alias: target.name, kind: 'name' });
    await addAliases(db, target.id, extra, ownerOf(e, documentId));
    return true;
  }
  const merged = { ...e.attributes, ...old };
  if (JSON.stringify(merged) !== target.attributes) {
    await db.updateTable('entities').set({ attributes: JSON.stringify(merged) }).where('id', '=', target.id).execute();
  }
  if (e.name !== target.name) extra.push({ alias: e.name, kind: 'name' });
  return addAliases(db, target.id, extra, ownerOf(e, documentId));
}

/**
 * Maps each extraction entity key to a stored entity id: same key, else same type with a name or
 * alias that folds alike (surnames excluded), else a new entity. Matched entities gain the new aliases.
 */
export async function resolveEntities(db: Kysely<AtlasDb>, text: TextIndex, entities: readonly Entity[], documentId: number | null = null): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  // Only entities whose names changed are re-indexed: an entity a document merely mentions again
  // keeps its index row, which already holds the same names.
  const renamed = new Set<number>();
  for (const e of entities) {
    const match = await findMatch(db, e);
    if (match) {
      if (await mergeInto(db, match, e, documentId)) renamed.add(match.id);
      ids.set(e.key, match.id);
    } else {
      const id = await createEntity(db, e, documentId);
      renamed.add(id);
      ids.set(e.key, id);
    }
  }
  await refreshEntityNames(db, text, renamed);
  return ids;
}
