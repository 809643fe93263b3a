import { sql, type Kysely } from 'kysely';
import type { AtlasDb } from '../shared/schema.ts';
import type { TextIndex } from '../shared/store-dialect.ts';
import { fts5SentenceHits } from './fts5-sentences.ts';
import { ftsQuery } from './fts-query.ts';
import { insertRows } from '../shared/write/insert-rows.ts';
import { IN_MAX, inList, rawRows } from '../shared/write/raw-sql.ts';

const SQLITE_PARAMS = { name: 'sqlite', param: () => '?', cachesStatements: true } as const;

/**
 * The SQLite text index: FTS5 tables kept in step by hand (they have no foreign keys):
 * sentences_fts.rowid = sentences.id with the sentence text; entity_names_fts.rowid = entities.id
 * with the names joined by " | ".
 */
export const fts5TextIndex: TextIndex = {
  async indexSentences(db, sentences) {
    await insertRows(db, SQLITE_PARAMS, 'sentences_fts', ['rowid', 'text'], sentences.map((s) => [s.id, s.text]));
  },
  async unindexDocument(db, documentId) {
    await sql`DELETE FROM sentences_fts WHERE rowid IN (SELECT id FROM sentences WHERE document_id = ${documentId})`.execute(db);
  },
  async indexEntityNames(db, entities) {
    if (entities.length === 0) return;
    await fts5TextIndex.unindexEntities(db, entities.map((e) => e.id));
    await insertRows(db, SQLITE_PARAMS, 'entity_names_fts', ['rowid', 'names'], entities.map((e) => [e.id, e.names.join(' | ')]));
  },
  async unindexEntities(db, entityIds) {
    for (let i = 0; i < entityIds.length; i += IN_MAX) {
      const { marks, params } = inList(entityIds.slice(i, i + IN_MAX));
      await rawRows(db, SQLITE_PARAMS, `DELETE FROM entity_names_fts WHERE rowid IN (${marks})`, params);
    }
  },

  sentenceQuery: (text, mode) => ftsQuery(text, { any: mode === 'any' }),
  sentenceHits: fts5SentenceHits,
  entityQuery: (text) => ftsQuery(text, { prefix: true }),
  entityIdsMatching: (match) => sql`SELECT rowid FROM entity_names_fts WHERE entity_names_fts MATCH ${match}`,
  async rankedEntityIds(db: Kysely<AtlasDb>, match, limit) {
    const rows = await sql<{ id: number }>`
      SELECT rowid AS id FROM entity_names_fts WHERE entity_names_fts MATCH ${match}
      ORDER BY bm25(entity_names_fts), rowid LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => r.id);
  },
};
