import { sql, type Kysely } from 'kysely';
import type { Page, SentenceHit } from '../../../model/views.ts';
import { toSentenceHit, type SentenceHitRow } from '../../shared/read/sentence-hit-row.ts';
import type { AtlasDb } from '../../shared/schema.ts';
import { matchRanges } from './highlight.ts';
import { searchWords } from './search-words.ts';
import { snippet } from './snippet.ts';
import { queryPhrases } from './ts-query.ts';

interface HitRow extends SentenceHitRow {
  score: number;
}

/** How atlas_english stems each of these words (one query for a whole page of hits). */
async function stems(db: Kysely<AtlasDb>, terms: readonly string[]): Promise<Map<string, string[]>> {
  if (terms.length === 0) return new Map();
  const rows = await sql<{ term: string; lexemes: string[] }>`
    SELECT t AS term, tsvector_to_array(to_tsvector('atlas_english', t)) AS lexemes
    FROM unnest(${[...terms]}::text[]) AS t`.execute(db);
  return new Map(rows.rows.map((r) => [r.term, r.lexemes]));
}

/**
 * One page of sentences matching a tsQuery string, best ts_rank first (normalized by length, as
 * bm25 favours the denser sentence), each with a [[ ]]-marked snippet built in JS from the same
 * words and stems the index holds (ts_headline would re-split the text its own way).
 */
export async function tsvectorSentenceHits(db: Kysely<AtlasDb>, query: string, page: Page): Promise<{ total: number; items: SentenceHit[] }> {
  const total = await sql<{ n: string }>`
    SELECT count(*) AS n FROM sentence_search WHERE tsv @@ to_tsquery('atlas_english', ${query})`.execute(db);
  const rows = await sql<HitRow>`
    SELECT s.document_id, d.title, s.idx, s."start", s."end", ss.text, ts_rank(ss.tsv, q, 1) AS score
    FROM sentence_search AS ss
    CROSS JOIN to_tsquery('atlas_english', ${query}) AS q
    JOIN sentences AS s ON s.id = ss.sentence_id
    JOIN documents AS d ON d.id = s.document_id
    WHERE ss.tsv @@ q
    ORDER BY score DESC, s.document_id, s.idx
    LIMIT ${page.limit} OFFSET ${page.offset}`.execute(db);

  const phrases = queryPhrases(query);
  const hits = rows.rows.map((r) => ({ row: r, words: searchWords(r.text) }));
  const terms = new Set([...phrases.flatMap((p) => p.words), ...hits.flatMap((h) => h.words.map((w) => w.term))]);
  const lexemes = await stems(db, [...terms]);
  return {
    total: Number(total.rows[0]?.n ?? 0),
    items: hits.map(({ row, words }) =>
      toSentenceHit(row, snippet(row.text, words, matchRanges(words, phrases, (t) => lexemes.get(t) ?? [])), row.score)),
  };
}
