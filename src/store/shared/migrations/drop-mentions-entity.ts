import type { Kysely } from 'kysely';

/**
 * mentions_entity (entity_id) is the leading column of mentions_entity_document (entity_id,
 * document_id, version 6), which answers every lookup it did. Entity ids are spread over the whole
 * index, so each one cost a document's write a page of its own: about 17 of the ~96 pages a
 * document's commit wrote in SQLite, and a quarter of the bytes.
 */
export async function dropMentionsEntityIndex(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('mentions_entity').ifExists().execute();
}
