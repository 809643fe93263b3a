import type { Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect, TextIndex } from '../store-dialect.ts';
import { IN_MAX, inList, rawRows } from './raw-sql.ts';

/** Ids of every entity a document's facts point at. */
export async function entitiesOfDocument(db: Kysely<AtlasDb>, documentId: number): Promise<number[]> {
  const ids = new Set<number>();
  const add = (rows: { id: number | null }[]) => rows.forEach((r) => r.id !== null && ids.add(r.id));
  add(await db.selectFrom('mentions').select('entity_id as id').where('document_id', '=', documentId).execute());
  add(await db.selectFrom('quantities').select('subject_entity_id as id').where('document_id', '=', documentId).execute());
  add(await db.selectFrom('quantities').select('holder_entity_id as id').where('document_id', '=', documentId).execute());
  add(await db.selectFrom('event_participants').innerJoin('events', 'events.id', 'event_participants.event_id')
    .select('event_participants.entity_id as id').where('events.document_id', '=', documentId).execute());
  add(await db.selectFrom('relations').select('subject_id as id').where('document_id', '=', documentId).execute());
  add(await db.selectFrom('relations').select('object_id as id').where('document_id', '=', documentId).execute());
  add(await db.selectFrom('claims').select('source_entity_id as id').where('document_id', '=', documentId).execute());
  return [...ids];
}

/** Deletes a document version: its search rows through the text index, its facts by ON DELETE CASCADE. */
export async function deleteDocumentRows(db: Kysely<AtlasDb>, text: TextIndex, documentId: number): Promise<void> {
  await text.unindexDocument(db, documentId);
  await db.deleteFrom('documents').where('id', '=', documentId).execute();
}

// Ids no fact points at any more: each NOT EXISTS is an indexed lookup (the OR uses both of its indexes).
const ORPHANS = (marks: string) => `SELECT e.id FROM entities AS e WHERE e.id IN (${marks})
  AND NOT EXISTS (SELECT 1 FROM mentions WHERE mentions.entity_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM quantities WHERE quantities.subject_entity_id = e.id OR quantities.holder_entity_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM event_participants WHERE event_participants.entity_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM relations WHERE relations.subject_id = e.id OR relations.object_id = e.id)
  AND NOT EXISTS (SELECT 1 FROM claims WHERE claims.source_entity_id = e.id)`;

/** Removes those of `candidates` that nothing in the store mentions or points at any more. */
export async function removeOrphanEntities(db: Kysely<AtlasDb>, dialect: StoreDialect, candidates: readonly number[]): Promise<number[]> {
  if (candidates.length === 0) return [];
  const orphans: number[] = [];
  for (let i = 0; i < candidates.length; i += IN_MAX) {
    const { marks, params } = inList(candidates.slice(i, i + IN_MAX));
    for (const r of await rawRows<{ id: number }>(db, dialect, ORPHANS(marks), params)) orphans.push(r.id);
  }
  for (let i = 0; i < orphans.length; i += 500) {
    await db.deleteFrom('entities').where('id', 'in', orphans.slice(i, i + 500)).execute();
  }
  await dialect.text.unindexEntities(db, orphans);
  return orphans;
}
