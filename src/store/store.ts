import type { DocumentInput, Extraction, PageSpan, RunInfo, StoredDocument } from '../model/document.ts';
import type { PartialDate } from '../model/date.ts';
import type { DocumentVersion, RemovedFact } from '../model/identity.ts';
import type { AddedFactInput, FactReviewInput, ReviewFilter, StoredReview } from '../model/review.ts';
import type { EntityChange, MergeInput, SplitInput } from '../model/entity-change.ts';
import type { Sentence } from '../model/provenance.ts';
import type { StoredLink } from '../model/links.ts';
import type {
  FactRef, Page, Paged, PutResult, SearchResult, StoreStats, StoredClaim, StoredEntity, StoredEvent,
  StoredMention, StoredQuantity, StoredRelation,
} from '../model/views.ts';

export interface EntityFilter extends Page {
  type?: string;
  /** Matches names and aliases (full-text, prefix). */
  query?: string;
}

export interface FactFilter {
  documentId?: number;
  /** Documents with ids in this inclusive range (a whole-store read taken a slice at a time). */
  documents?: { from: number; to: number };
  /** Facts that involve this entity (as mention, subject, holder, participant, relation end, claim source). */
  entityId?: number;
  kind?: string;
  limit?: number;
}

export interface EventFilter extends FactFilter {
  type?: string;
  /** Inclusive ISO bounds (YYYY, YYYY-MM or YYYY-MM-DD) compared against the event's date range. */
  from?: string;
  to?: string;
}

export interface RelationFilter extends FactFilter {
  predicate?: string;
}

export interface LinkFilter extends FactFilter {
  type?: string;
}

/** How often one entity is mentioned in one document, and where first. */
export interface MentionCount { documentId: number; entityId: number; count: number; firstStart: number }

/** An entity named in the same sentences as another, and in how many. */
export interface CoMention { entity: { id: number; name: string; type: string }; sentences: number }

/** A document's id and the version of its current text. */
export interface DocumentStamp { id: number; version: number }

/** An entity as stored, without the counts of its mentions. */
export type EntityRecord = Omit<StoredEntity, 'mentionCount' | 'documentCount'>;

export interface SentenceRef { documentId: number; sentence: number }

/** A document, its extraction and run as validatePut returns them: shapes, hash, spans and keys checked. */
export interface ValidatedPut {
  doc: DocumentInput;
  extraction: Extraction;
  run: RunInfo;
}

export interface DocumentWithText extends StoredDocument {
  text: string;
  sentences: Sentence[];
  /** The page's stamps, datelines and furniture: nothing was extracted from them. */
  pageSpans: PageSpan[];
}

export type StoredFact =
  | { kind: 'mention'; fact: StoredMention }
  | { kind: 'quantity'; fact: StoredQuantity }
  | { kind: 'event'; fact: StoredEvent }
  | { kind: 'relation'; fact: StoredRelation }
  | { kind: 'claim'; fact: StoredClaim }
  | { kind: 'link'; fact: StoredLink };

/**
 * The atlas's store: the app's verbs, not tables. SQLite and PostgreSQL implement it (one
 * KyselyStore, src/store/shared), so the pipeline and analyses never see which database it is.
 */
export interface AtlasStore {
  readonly dialect: 'sqlite' | 'postgres';
  close(): Promise<void>;

  /**
   * Writes one document and its extraction in one transaction. A document is its source path
   * (callers pass a canonical one: a file's realpath, `upload:ID/NAME`): the same text under the
   * same path is a no-op ('unchanged'); new text under a stored path is a new version of that
   * document ('replaced', same id, version + 1) whose facts replace the previous version's. A new
   * fact whose rule, quote and nearby context match a previous fact keeps that fact's id (its
   * reference, `q12`); previous facts without a match are remembered as removed (see removedFact).
   * The same text under another path is another, independent document. Entities are resolved
   * against the store by key and alias.
   */
  putDocument(doc: DocumentInput, extraction: Extraction, run: RunInfo): Promise<PutResult>;
  /**
   * putDocument for a put validatePut (src/store/shared/write/validate-put.ts) has already checked
   * and returned: an extraction worker validates there, so the one writer thread does not.
   */
  putValidated(put: ValidatedPut): Promise<PutResult>;
  /** The first document whose current text has this hash. */
  findDocumentByHash(contentHash: string): Promise<StoredDocument | null>;
  findDocumentBySource(sourcePath: string): Promise<StoredDocument | null>;
  /** Stores a document under another source path (e.g. its canonical spelling); false when there is no such document. */
  moveDocument(id: number, sourcePath: string): Promise<boolean>;
  deleteDocument(id: number): Promise<boolean>;

  /**
   * A number every write transaction (put, move, delete) raises, in whichever process it ran:
   * anything computed from the store at generation g is current while generation() is still g.
   */
  generation(): Promise<number>;

  stats(): Promise<StoreStats>;
  listDocuments(page: Page): Promise<Paged<StoredDocument>>;
  getDocument(id: number): Promise<DocumentWithText | null>;
  /** Every version the document has had, oldest first (empty when there is no such document). */
  documentVersions(id: number): Promise<DocumentVersion[]>;

  /** Every document's id and version, by id: what a reader holding the store in memory compares to find what changed. */
  documentStamps(): Promise<DocumentStamp[]>;
  /** Every entity with its aliases (no counts), by name then id in the database's collation. */
  entityRecords(): Promise<EntityRecord[]>;

  listEntities(filter: EntityFilter): Promise<Paged<StoredEntity>>;
  getEntity(id: number): Promise<StoredEntity | null>;
  /** Entities whose name or an alias folds (foldName) to the same form as `name`. */
  findEntities(name: string, type?: string): Promise<StoredEntity[]>;

  mentions(filter: FactFilter): Promise<StoredMention[]>;
  /** These mentions (missing ids are left out), in the order mentions() gives. */
  mentionsByIds(ids: readonly number[]): Promise<StoredMention[]>;
  /** Entities named in a sentence that names this one, with how many such sentences. */
  coMentions(entityId: number): Promise<CoMention[]>;
  /** Mentions of these entities counted per document, ordered by document then first mention. */
  mentionCounts(entityIds: readonly number[]): Promise<MentionCount[]>;
  quantities(filter: FactFilter): Promise<StoredQuantity[]>;
  events(filter: EventFilter): Promise<StoredEvent[]>;
  relations(filter: RelationFilter): Promise<StoredRelation[]>;
  claims(filter: FactFilter): Promise<StoredClaim[]>;
  /** Links between facts (what the text says about figures and events it holds). `entityId` is not applied. */
  links(filter: LinkFilter): Promise<StoredLink[]>;
  getFact(ref: FactRef): Promise<StoredFact | null>;
  /**
   * For a reference getFact does not find: the version of its document that removed the fact, and
   * the live fact that took its place when one was found. Null when the store never removed it.
   */
  removedFact(ref: FactRef): Promise<RemovedFact | null>;

  /** The sentence text (from the stored document text) with its offsets. */
  sentence(documentId: number, index: number): Promise<{ text: string; start: number; end: number } | null>;
  /** The text of many sentences at once (missing ones are left out). */
  sentenceTexts(refs: readonly SentenceRef[]): Promise<(SentenceRef & { text: string })[]>;
  /** Titles of these documents (missing ones are left out). */
  documentTitles(ids: readonly number[]): Promise<{ id: number; title: string }[]>;
  /** Ranked full-text search over sentences (FTS5 / tsvector) plus entity names and aliases. */
  search(text: string, page: Page): Promise<SearchResult>;

  /**
   * Analysts' decisions, kept apart from extractions and anchored to the text: a new version of a
   * document re-attaches them to the facts extracted at the same place, or marks them orphaned.
   */
  /** Confirms, rejects or corrects an extracted fact (replacing its previous review). */
  reviewFact(input: FactReviewInput): Promise<StoredReview>;
  /** Records a fact the extractor missed, on a span of the document's current text. */
  addFact(input: AddedFactInput): Promise<StoredReview>;
  reviews(filter: ReviewFilter): Promise<StoredReview[]>;
  /** Withdraws a review; false when there is none with this id. */
  deleteReview(id: number): Promise<boolean>;

  /** Merges one entity into another (facts, participations and names move; the other is deleted), recorded for undo. */
  mergeEntities(input: MergeInput): Promise<EntityChange>;
  /** Moves some mentions of an entity to a new entity, recorded for undo. */
  splitEntity(input: SplitInput): Promise<EntityChange>;
  /** Reverses a merge or split. */
  undoEntityChange(id: number): Promise<EntityChange>;
  /** Merges and splits, oldest first (those touching one entity with `entityId`). */
  entityChanges(filter: { entityId?: number }): Promise<EntityChange[]>;
}

export type { PartialDate };
