import type { Kysely } from 'kysely';
import type { SentenceRef } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import { chunks } from './rows.ts';

/** The text of many sentences: each document's text read once, not once per sentence. */
export async function sentenceTexts(db: Kysely<AtlasDb>, refs: readonly SentenceRef[]): Promise<(SentenceRef & { text: string })[]> {
  const wanted = new Map<number, Set<number>>();
  for (const r of refs) wanted.set(r.documentId, (wanted.get(r.documentId) ?? new Set()).add(r.sentence));
  const out: (SentenceRef & { text: string })[] = [];
  for (const part of chunks([...wanted.keys()], 100)) {
    const docs = await db.selectFrom('documents').select(['id', 'text']).where('id', 'in', part).execute();
    const text = new Map(docs.map((d) => [d.id, d.text]));
    const rows = await db.selectFrom('sentences').select(['document_id', 'idx', 'start', 'end']).where('document_id', 'in', part).execute();
    for (const s of rows) {
      const t = text.get(s.document_id);
      if (t !== undefined && wanted.get(s.document_id)?.has(s.idx)) out.push({ documentId: s.document_id, sentence: s.idx, text: t.slice(s.start, s.end) });
    }
  }
  return out;
}

/** Titles of these documents (absent ids are left out). */
export async function documentTitles(db: Kysely<AtlasDb>, ids: readonly number[]): Promise<{ id: number; title: string }[]> {
  const out: { id: number; title: string }[] = [];
  for (const part of chunks([...new Set(ids)])) out.push(...await db.selectFrom('documents').select(['id', 'title']).where('id', 'in', part).execute());
  return out;
}
