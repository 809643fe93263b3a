import type { Kysely } from 'kysely';
import type { Alias, Entity } from '../../../model/facts.ts';
import { foldName } from '../../../model/names.ts';
import { refreshEntityNames } from '../entity-names.ts';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { EntityCandidates, matchableFolds, type EntityRow } from './entity-candidates.ts';
import { insertRows } from './insert-rows.ts';

const isGazetteer = (key: string) => key.startsWith('gz:');

function findMatch(view: EntityCandidates, e: Entity): EntityRow | undefined {
  const byKey = view.withKey(e.key);
  if (byKey) return byKey;
  const folds = matchableFolds(e);
  if (folds.length === 0) return undefined;
  const { byName, byAlias } = view.named(e.type, folds);
  const rows = [...byName, ...byAlias.filter((r) => r.type === e.type)];
  // Two different gazetteer ids are two different things, whatever their names.
  const candidates = rows.filter((r) => !(isGazetteer(e.key) && isGazetteer(r.key)));
  const nameFold = foldName(e.name);
  const score = (r: EntityRow) => (r.name_folded === nameFold ? 0 : 2) + (isGazetteer(r.key) ? 0 : 1);
  candidates.sort((a, b) => score(a) - score(b) || a.id - b.id);
  return candidates[0];
}

interface Writer {
  db: Kysely<AtlasDb>;
  dialect: StoreDialect;
  view: EntityCandidates;
}

const ALIAS_COLUMNS = ['entity_id', 'alias', 'folded', 'kind', 'document_id'];

// Aliases an extraction found in a document's text belong to that document's version (replacing
// the version removes them); the knowledge files' aliases belong to no document.
/** Adds the aliases the entity lacks; whether any was new. */
async function addAliases(w: Writer, entityId: number, aliases: readonly Alias[], documentId: number | null): Promise<boolean> {
  const seen = new Set<string>();
  const rows = aliases
    .filter((a) => !seen.has(a.alias) && seen.add(a.alias))
    .map((a) => [entityId, a.alias, foldName(a.alias), a.kind, documentId]);
  if (rows.length === 0) return false;
  // Only the rows actually inserted come back: those the entity already had change nothing.
  const added = await insertRows<{ folded: string; kind: string }>(w.db, w.dialect, 'aliases', ALIAS_COLUMNS, rows,
    'ON CONFLICT ("entity_id", "alias") DO NOTHING RETURNING "folded", "kind"');
  for (const a of added) w.view.aliasAdded(entityId, a.folded, a.kind);
  return added.length > 0;
}

const ownerOf = (e: Entity, documentId: number | null) => (e.source === 'extracted' ? documentId : null);

async function createEntity(w: Writer, e: Entity, documentId: number | null): Promise<number> {
  const row = { key: e.key, type: e.type, name: e.name, name_folded: foldName(e.name), attributes: JSON.stringify(e.attributes), source: e.source };
  const [{ id }] = await insertRows<{ id: number }>(w.db, w.dialect, 'entities', Object.keys(row), [Object.values(row)], 'RETURNING "id"');
  w.view.add({ id, ...row });
  await addAliases(w, id, e.aliases, ownerOf(e, documentId));
  return id;
}

/** Merges `e` into a stored entity; whether its searchable names (name or aliases) changed. */
async function mergeInto(w: Writer, target: EntityRow, e: Entity, documentId: number | null): Promise<boolean> {
  const old = JSON.parse(target.attributes) as Record<string, unknown>;
  const extra: Alias[] = [...e.aliases];
  if (isGazetteer(e.key) && !isGazetteer(target.key)) {
    // The knowledge files now know this thing: adopt their id, name and attributes; keep the old name as an alias.
    const fields = { key: e.key, name: e.name, name_folded: foldName(e.name), source: 'gazetteer', attributes: JSON.stringify({ ...old, ...e.attributes }) };
    await w.db.updateTable('entities').set(fields).where('id', '=', target.id).execute();
    w.view.changed(target.id, fields);
    extra.push({ alias: target.name, kind: 'name' });
    await addAliases(w, target.id, extra, ownerOf(e, documentId));
    return true;
  }
  const merged = JSON.stringify({ ...e.attributes, ...old });
  if (merged !== target.attributes) {
    await w.db.updateTable('entities').set({ attributes: merged }).where('id', '=', target.id).execute();
    w.view.changed(target.id, { attributes: merged });
  }
  if (e.name !== target.name) extra.push({ alias: e.name, kind: 'name' });
  return addAliases(w, target.id, extra, ownerOf(e, documentId));
}

/**
 * Maps each extraction entity key to a stored entity id: same key, else same type with a name or
 * alias that folds alike (surnames excluded), else a new entity. Matched entities gain the new aliases.
 */
export async function resolveEntities(db: Kysely<AtlasDb>, dialect: StoreDialect, entities: readonly Entity[], documentId: number | null = null): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const w: Writer = { db, dialect, view: await EntityCandidates.load(db, dialect, entities) };
  // Only entities whose names changed are re-indexed: an entity a document merely mentions again
  // keeps its index row, which already holds the same names.
  const renamed = new Set<number>();
  for (const e of entities) {
    const match = findMatch(w.view, e);
    if (match) {
      if (await mergeInto(w, match, e, documentId)) renamed.add(match.id);
      ids.set(e.key, match.id);
    } else {
      const id = await createEntity(w, e, documentId);
      renamed.add(id);
      ids.set(e.key, id);
    }
  }
  await refreshEntityNames(db, dialect, renamed);
  return ids;
}
