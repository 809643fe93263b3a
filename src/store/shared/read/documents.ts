import type { Kysely } from 'kysely';
import type { DocumentFormat, PageSpan, StoredDocument } from '../../../model/document.ts';
import type { DocumentVersion } from '../../../model/identity.ts';
import type { Page, Paged, StoreStats } from '../../../model/views.ts';
import { parsePage } from './rows.ts';
import type { DocumentWithText } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';

function documentQuery(db: Kysely<AtlasDb>) {
  return db.selectFrom('documents as d').select((eb) => [
    'd.id', 'd.version', 'd.source_path', 'd.title', 'd.format', 'd.byte_size', 'd.content_hash', 'd.published_date', 'd.published_rule', 'd.ingested_at',
    eb.selectFrom('sentences').select((s) => s.fn.countAll<number>().as('n')).whereRef('sentences.document_id', '=', 'd.id').as('sentence_count'),
  ]);
}
type DocumentRow = Awaited<ReturnType<ReturnType<typeof documentQuery>['executeTakeFirstOrThrow']>>;

function toDocument(r: DocumentRow): StoredDocument {
  return {
    id: r.id, version: r.version, sourcePath: r.source_path, title: r.title, format: r.format as DocumentFormat, byteSize: r.byte_size,
    contentHash: r.content_hash, publishedDate: r.published_date, publishedRule: r.published_rule, ingestedAt: r.ingested_at,
    sentenceCount: Number(r.sentence_count ?? 0),
  };
}

/** The first document (lowest id) whose current text has this hash. */
export async function findDocumentByHash(db: Kysely<AtlasDb>, contentHash: string): Promise<StoredDocument | null> {
  const r = await documentQuery(db).where('d.content_hash', '=', contentHash).orderBy('d.id').executeTakeFirst();
  return r ? toDocument(r) : null;
}

export async function findDocumentBySource(db: Kysely<AtlasDb>, sourcePath: string): Promise<StoredDocument | null> {
  const r = await documentQuery(db).where('d.source_path', '=', sourcePath).executeTakeFirst();
  return r ? toDocument(r) : null;
}

export async function listDocuments(db: Kysely<AtlasDb>, pageIn: Page): Promise<Paged<StoredDocument>> {
  const page = parsePage(pageIn);
  const total = await db.selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await documentQuery(db).orderBy('d.id').limit(page.limit).offset(page.offset).execute();
  return { total: Number(total.n), limit: page.limit, offset: page.offset, items: rows.map(toDocument) };
}

export async function getDocument(db: Kysely<AtlasDb>, id: number): Promise<DocumentWithText | null> {
  const r = await documentQuery(db).select(['d.text', 'd.page_spans']).where('d.id', '=', id).executeTakeFirst();
  if (!r) return null;
  const sentences = await db.selectFrom('sentences').select(['idx', 'start', 'end']).where('document_id', '=', id).orderBy('idx').execute();
  const pageSpans = r.page_spans ? (JSON.parse(r.page_spans) as PageSpan[]) : [];
  return { ...toDocument(r), text: r.text, sentences: sentences.map((s) => ({ index: s.idx, start: s.start, end: s.end })), pageSpans };
}

export async function sentenceText(db: Kysely<AtlasDb>, documentId: number, index: number): Promise<{ text: string; start: number; end: number } | null> {
  const r = await db.selectFrom('sentences as s').innerJoin('documents as d', 'd.id', 's.document_id')
    .select(['s.start', 's.end', 'd.text'])
    .where('s.document_id', '=', documentId).where('s.idx', '=', index)
    .executeTakeFirst();
  return r ? { text: r.text.slice(r.start, r.end), start: r.start, end: r.end } : null;
}

export async function stats(db: Kysely<AtlasDb>): Promise<StoreStats> {
  const count = async (table: 'documents' | 'sentences' | 'entities' | 'mentions' | 'quantities' | 'events' | 'relations' | 'claims') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const byType = await db.selectFrom('entities').select((eb) => ['type', eb.fn.countAll<number>().as('n')]).groupBy('type').orderBy('type').execute();
  return {
    documents: await count('documents'),
    sentences: await count('sentences'),
    entities: await count('entities'),
    entitiesByType: Object.fromEntries(byType.map((r) => [r.type, Number(r.n)])),
    mentions: await count('mentions'),
    quantities: await count('quantities'),
    events: await count('events'),
    relations: await count('relations'),
    claims: await count('claims'),
  };
}

/** Every version of a document, oldest first; empty when there is no such document. */
export async function documentVersions(db: Kysely<AtlasDb>, id: number): Promise<DocumentVersion[]> {
  const rows = await db.selectFrom('document_versions').select(['version', 'content_hash', 'title', 'byte_size', 'ingested_at'])
    .where('document_id', '=', id).orderBy('version').execute();
  return rows.map((r) => ({ version: r.version, contentHash: r.content_hash, title: r.title, byteSize: r.byte_size, ingestedAt: r.ingested_at }));
}
