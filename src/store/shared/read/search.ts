import type { Kysely } from 'kysely';
import { InvalidInput } from '../../../model/errors.ts';
import type { Page, SearchResult } from '../../../model/views.ts';
import type { AtlasDb } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';
import { searchEntities } from './entities.ts';
import { parsePage } from './rows.ts';

/**
 * Sentences containing every term (falling back to any term when none has all), best first,
 * plus entities whose names or aliases start with the terms.
 */
export async function search(db: Kysely<AtlasDb>, index: TextIndex, text: string, pageIn: Page): Promise<SearchResult> {
  if (text.trim() === '') throw new InvalidInput('atlas: the search query is empty');
  const page = parsePage(pageIn);
  const all = index.sentenceQuery(text, 'all');
  if (all === null) {
    return { sentences: { total: 0, limit: page.limit, offset: page.offset, items: [] }, entities: [] };
  }
  let hits = await index.sentenceHits(db, all, page);
  const any = index.sentenceQuery(text, 'any');
  if (hits.total === 0 && any !== null && any !== all) hits = await index.sentenceHits(db, any, page);
  return {
    sentences: { total: hits.total, limit: page.limit, offset: page.offset, items: hits.items },
    entities: await searchEntities(db, index, text),
  };
}
