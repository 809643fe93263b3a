import { sql, type Kysely } from 'kysely';
import { InvalidInput } from '../../../model/errors.ts';
import type { Page, SearchResult, SentenceHit } from '../../../model/views.ts';
import { parsePage } from './rows.ts';
import { ftsQuery } from '../fts-query.ts';
import type { AtlasDb } from '../schema.ts';
import { searchEntities } from './entities.ts';

// Sentences longer than this are cut to a window around the matches instead of shown whole.
const WHOLE_SENTENCE_MAX = 400;

interface HitRow {
  document_id: number;
  title: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  snippet: string;
  score: number;
}

async function sentenceHits(db: Kysely<AtlasDb>, match: string, page: Page): Promise<{ total: number; items: SentenceHit[] }> {
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
    items: rows.rows.map((r) => ({
      documentId: r.document_id, documentTitle: r.title, sentence: r.idx, start: r.start, end: r.end,
      text: r.text, snippet: r.snippet,
      // bm25 is lower-is-better and negative; rank is the relevance, higher is better.
      rank: -r.score,
    })),
  };
}

/**
 * Sentences containing every term (falling back to any term when none has all), ranked by bm25,
 * plus entities whose names or aliases start with the terms.
 */
export async function search(db: Kysely<AtlasDb>, text: string, pageIn: Page): Promise<SearchResult> {
  if (text.trim() === '') throw new InvalidInput('atlas: the search query is empty');
  const page = parsePage(pageIn);
  const all = ftsQuery(text);
  if (all === null) {
    return { sentences: { total: 0, limit: page.limit, offset: page.offset, items: [] }, entities: [] };
  }
  let hits = await sentenceHits(db, all, page);
  const any = ftsQuery(text, { any: true });
  if (hits.total === 0 && any !== null && any !== all) hits = await sentenceHits(db, any, page);
  return {
    sentences: { total: hits.total, limit: page.limit, offset: page.offset, items: hits.items },
    entities: await searchEntities(db, text),
  };
}
