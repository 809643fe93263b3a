import type { Kysely } from 'kysely';
import type { DocumentInput, Extraction, RunInfo, StoredDocument } from '../../model/document.ts';
import type {
  FactRef, Page, Paged, PutResult, SearchResult, StoreStats, StoredClaim, StoredEntity, StoredEvent,
  StoredMention, StoredQuantity, StoredRelation,
} from '../../model/views.ts';
import type { DocumentVersion, RemovedFact } from '../../model/identity.ts';
import type { StoredLink } from '../../model/links.ts';
import type { AtlasStore, ValidatedPut, CoMention, DocumentStamp, EntityRecord, DocumentWithText, MentionCount, SentenceRef, EntityFilter, EventFilter, FactFilter, LinkFilter, RelationFilter, StoredFact } from '../store.ts';
import { documentVersions, findDocumentByHash, findDocumentBySource, getDocument, listDocuments, sentenceText, stats } from './read/documents.ts';
import { findEntities, getEntity, listEntities } from './read/entities.ts';
import { events } from './read/events.ts';
import { claims, mentions, quantities } from './read/facts.ts';
import { getFact } from './read/get-fact.ts';
import { removedFact } from './read/removed-fact.ts';
import { relations } from './read/relations.ts';
import { links } from './read/links.ts';
import { mentionCounts } from './read/mention-counts.ts';
import { documentStamps, entityRecords } from './read/snapshot-reads.ts';
import { coMentions } from './read/co-mentions.ts';
import { chunks } from './read/rows.ts';
import { documentTitles, sentenceTexts } from './read/sentence-texts.ts';
import { search } from './read/search.ts';
import type { AddedFactInput, FactReviewInput, ReviewFilter, StoredReview } from '../../model/review.ts';
import type { EntityChange, MergeInput, SplitInput } from '../../model/entity-change.ts';
import { entityChanges, mergeEntities, splitEntity, undoEntityChange } from './review/entity-changes.ts';
import { reviews } from './review/read-reviews.ts';
import { addFact, deleteReview, reviewFact } from './review/write-review.ts';
import type { AtlasDb } from './schema.ts';
import type { StoreDialect } from './store-dialect.ts';
import { moveDocument } from './write/move-document.ts';
import { readGeneration } from './write/generation.ts';
import { deleteDocument, putDocument, putValidated } from './write/put-document.ts';

/**
 * AtlasStore over a kysely database of either dialect; each verb lives in its own module under
 * read/ and write/, and what differs between SQLite and PostgreSQL comes in as `StoreDialect`.
 */
export class KyselyStore implements AtlasStore {
  readonly dialect: StoreDialect['name'];
  constructor(private readonly db: Kysely<AtlasDb>, private readonly sql: StoreDialect) {
    this.dialect = sql.name;
  }

  close(): Promise<void> { return this.db.destroy(); }

  putDocument(doc: DocumentInput, extraction: Extraction, run: RunInfo): Promise<PutResult> { return putDocument(this.db, this.sql, doc, extraction, run); }
  putValidated(put: ValidatedPut): Promise<PutResult> { return putValidated(this.db, this.sql, put); }
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null> { return findDocumentByHash(this.db, contentHash); }
  findDocumentBySource(sourcePath: string): Promise<StoredDocument | null> { return findDocumentBySource(this.db, sourcePath); }
  moveDocument(id: number, sourcePath: string): Promise<boolean> { return moveDocument(this.db, this.sql, id, sourcePath); }
  deleteDocument(id: number): Promise<boolean> { return deleteDocument(this.db, this.sql, id); }

  generation(): Promise<number> { return readGeneration(this.db); }
  stats(): Promise<StoreStats> { return stats(this.db); }
  listDocuments(page: Page): Promise<Paged<StoredDocument>> { return listDocuments(this.db, page); }
  getDocument(id: number): Promise<DocumentWithText | null> { return getDocument(this.db, id); }
  documentVersions(id: number): Promise<DocumentVersion[]> { return documentVersions(this.db, id); }

  documentStamps(): Promise<DocumentStamp[]> { return documentStamps(this.db); }
  entityRecords(): Promise<EntityRecord[]> { return entityRecords(this.db); }
  listEntities(filter: EntityFilter): Promise<Paged<StoredEntity>> { return listEntities(this.db, this.sql.text, filter); }
  getEntity(id: number): Promise<StoredEntity | null> { return getEntity(this.db, id); }
  findEntities(name: string, type?: string): Promise<StoredEntity[]> { return findEntities(this.db, name, type); }

  mentions(filter: FactFilter): Promise<StoredMention[]> { return mentions(this.db, strip(filter)); }
  async mentionsByIds(ids: readonly number[]): Promise<StoredMention[]> {
    const out: StoredMention[] = [];
    for (const part of chunks([...new Set(ids)])) out.push(...await mentions(this.db, { ids: part }));
    return out.sort((a, b) => a.documentId - b.documentId || a.start - b.start || a.id - b.id);
  }
  coMentions(entityId: number): Promise<CoMention[]> { return coMentions(this.db, entityId); }
  mentionCounts(entityIds: readonly number[]): Promise<MentionCount[]> { return mentionCounts(this.db, entityIds); }
  quantities(filter: FactFilter): Promise<StoredQuantity[]> { return quantities(this.db, strip(filter)); }
  events(filter: EventFilter): Promise<StoredEvent[]> { return events(this.db, strip(filter)); }
  relations(filter: RelationFilter): Promise<StoredRelation[]> { return relations(this.db, strip(filter)); }
  claims(filter: FactFilter): Promise<StoredClaim[]> { return claims(this.db, strip(filter)); }
  links(filter: LinkFilter): Promise<StoredLink[]> { return links(this.db, strip(filter)); }
  getFact(ref: FactRef): Promise<StoredFact | null> { return getFact(this.db, ref); }
  removedFact(ref: FactRef): Promise<RemovedFact | null> { return removedFact(this.db, ref); }

  sentence(documentId: number, index: number): Promise<{ text: string; start: number; end: number } | null> {
    return sentenceText(this.db, documentId, index);
  }
  sentenceTexts(refs: readonly SentenceRef[]): Promise<(SentenceRef & { text: string })[]> { return sentenceTexts(this.db, refs); }
  documentTitles(ids: readonly number[]): Promise<{ id: number; title: string }[]> { return documentTitles(this.db, ids); }
  search(text: string, page: Page): Promise<SearchResult> { return search(this.db, this.sql.text, text, page); }

  reviewFact(input: FactReviewInput): Promise<StoredReview> { return reviewFact(this.db, this.sql, input); }
  addFact(input: AddedFactInput): Promise<StoredReview> { return addFact(this.db, this.sql, input); }
  reviews(filter: ReviewFilter): Promise<StoredReview[]> { return reviews(this.db, filter); }
  deleteReview(id: number): Promise<boolean> { return deleteReview(this.db, this.sql, id); }
  mergeEntities(input: MergeInput): Promise<EntityChange> { return mergeEntities(this.db, this.sql, input); }
  splitEntity(input: SplitInput): Promise<EntityChange> { return splitEntity(this.db, this.sql, input); }
  undoEntityChange(id: number): Promise<EntityChange> { return undoEntityChange(this.db, this.sql, id); }
  entityChanges(filter: { entityId?: number }): Promise<EntityChange[]> { return entityChanges(this.db, { entityId: filter.entityId }); }
}

// The readers also take an internal `id` (for getFact); a caller's object must not smuggle one in.
function strip<T extends object>(filter: T): T & { id?: undefined } {
  const { id: _ignored, ...rest } = filter as T & { id?: unknown };
  return rest as T & { id?: undefined };
}
