import { sql, type Kysely } from 'kysely';
import type { Page, SentenceHit } from '../../model/views.ts';
import { toSentenceHit, type SentenceHitRow } from '../shared/read/sentence-hit-row.ts';
import type { AtlasDb } from '../shared/schema.ts';

// Sentences longer than this are cut to a window around the matches instead of shown whole.
const WHOLE_SENTENCE_MAX = 400;

interface HitRow extends SentenceHitRow {
  snippet: string;
  score: number;
}

/** One page of sentences matching an FTS5 query, best bm25 first, with [[ ]] around the matches. */
export async function fts5SentenceHits(db: Kysely<AtlasDb>, match: string, page: Page): Promise<{ total: number; items: SentenceHit[] }> {
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM sentences_fts WHERE sentences_fts MATCH ${match}`.execute(db);
  const rows = await sql<HitRow>`
    SELECT s.document_id, d.title, s.idx, s."start", s."end", sentences_fts.text AS text,
      CASE WHEN length(sentences_fts.text) <= ${WHOLE_SENTENCE_MAX} THEN highlight(sentences_fts, 0, '[[', ']]')
           ELSE snippet(sentences_fts, 0, '[[', ']]', '…', 48) END AS snippet,
      bm25(sentences_fts) AS score
    FROM sentences_fts
    JOIN sentences AS s ON s.id = sentences_fts.rowid
    JOIN documents AS d ON d.id = s.document_id
    WHERE sentences_fts MATCH ${match}
    ORDER BY score, s.document_id, s.idx
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    // bm25 is lower-is-better and negative; rank is the relevance, higher is better.
    items: rows.rows.map((r) => toSentenceHit(r, r.snippet, -r.score)),
  };
}
