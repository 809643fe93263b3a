import { sql } from 'kysely';
import type { TextIndex } from '../shared/store-dialect.ts';
import { searchTerms } from './search/search-words.ts';
import { tsvectorSentenceHits } from './search/sentence-hits.ts';
import { tsQuery } from './search/ts-query.ts';

/**
 * The PostgreSQL text index: sentence_search (atlas_english: stemmed, no stop words, like FTS5's
 * porter tokenizer) and entity_name_search ('simple': not stemmed, like entity_names_fts), both
 * with GIN indexes. Rows go with their sentence or entity by ON DELETE CASCADE.
 */
export const tsvectorTextIndex: TextIndex = {
  async indexSentences(db, sentences) {
    // Three parameters a row: well under PostgreSQL's 65,535 per statement.
    for (let i = 0; i < sentences.length; i += 1000) {
      const values = sentences.slice(i, i + 1000).map((s) => sql`(${s.id}, ${s.text}, to_tsvector('atlas_english', ${searchTerms(s.text)}))`);
      await sql`INSERT INTO sentence_search (sentence_id, text, tsv) VALUES ${sql.join(values)}`.execute(db);
    }
  },
  // Deleting the document cascades to its sentences and their search rows.
  async unindexDocument() {},
  async indexEntityNames(db, entities) {
    for (let i = 0; i < entities.length; i += 1000) {
      const values = entities.slice(i, i + 1000).map((e) => sql`(${e.id}, to_tsvector('simple', ${searchTerms(e.names.join(' | '))}))`);
      await sql`
        INSERT INTO entity_name_search (entity_id, tsv) VALUES ${sql.join(values)}
        ON CONFLICT (entity_id) DO UPDATE SET tsv = excluded.tsv`.execute(db);
    }
  },
  // Deleting an entity cascades to its search row.
  async unindexEntities() {},

  sentenceQuery: (text, mode) => tsQuery(text, { any: mode === 'any' }),
  sentenceHits: tsvectorSentenceHits,
  entityQuery: (text) => tsQuery(text, { prefix: true }),
  entityIdsMatching: (query) => sql`SELECT entity_id FROM entity_name_search WHERE tsv @@ to_tsquery('simple', ${query})`,
  async rankedEntityIds(db, query, limit) {
    const rows = await sql<{ id: number }>`
      SELECT entity_id AS id FROM entity_name_search CROSS JOIN to_tsquery('simple', ${query}) AS q
      WHERE tsv @@ q ORDER BY ts_rank(tsv, q, 2) DESC, entity_id LIMIT ${limit}`.execute(db);
    return rows.rows.map((r) => r.id);
  },
};
