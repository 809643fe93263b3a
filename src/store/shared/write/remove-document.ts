import type { Kysely } from 'kysely';
import type { AtlasDb } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';

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

/** Removes those of `candidates` that nothing in the store mentions or points at any more. */
export async function removeOrphanEntities(db: Kysely<AtlasDb>, text: TextIndex, candidates: readonly number[]): Promise<number[]> {
  if (candidates.length === 0) return [];
  const orphans: number[] = [];
  for (let i = 0; i < candidates.length; i += 500) {
    const rows = await db.selectFrom('entities as e').select('e.id')
      .where('e.id', 'in', candidates.slice(i, i + 500))
      .where((eb) => eb.and([
        eb.not(eb.exists(eb.selectFrom('mentions').select('id').whereRef('mentions.entity_id', '=', 'e.id'))),
        eb.not(eb.exists(eb.selectFrom('quantities').select('id').where((q) => q.or([
          q('quantities.subject_entity_id', '=', q.ref('e.id')), q('quantities.holder_entity_id', '=', q.ref('e.id')),
        ])))),
        eb.not(eb.exists(eb.selectFrom('event_participants').select('event_id').whereRef('event_participants.entity_id', '=', 'e.id'))),
        eb.not(eb.exists(eb.selectFrom('relations').select('id').where((r) => r.or([
          r('relations.subject_id', '=', r.ref('e.id')), r('relations.object_id', '=', r.ref('e.id')),
        ])))),
        eb.not(eb.exists(eb.selectFrom('claims').select('id').whereRef('claims.source_entity_id', '=', 'e.id'))),
      ]))
      .execute();
    for (const r of rows) orphans.push(r.id);
  }
  for (let i = 0; i < orphans.length; i += 500) {
    await db.deleteFrom('entities').where('id', 'in', orphans.slice(i, i + 500)).execute();
  }
  await text.unindexEntities(db, orphans);
  return orphans;
}
