import type { Kysely, RawBuilder } from 'kysely';
import type { Page, SentenceHit } from '../../model/views.ts';
import type { AtlasDb } from './schema.ts';

/**
 * The full-text side of a store: SQLite keeps FTS5 tables, PostgreSQL tsvector columns. The shared
 * write code calls the index verbs inside its transaction; the shared readers call the query verbs.
 * Queries are the dialect's own text (an FTS5 MATCH string, a to_tsquery string), built from user
 * words so that no input is ever parsed as query syntax.
 */
export interface TextIndex {
  /** Makes freshly inserted sentences searchable; `text` is each sentence sliced from its document. */
  indexSentences(db: Kysely<AtlasDb>, sentences: readonly { id: number; text: string }[]): Promise<void>;
  /** Forgets the sentences of a document about to be deleted. */
  unindexDocument(db: Kysely<AtlasDb>, documentId: number): Promise<void>;
  /** Replaces the searchable names of these entities (each id once), in a few statements. */
  indexEntityNames(db: Kysely<AtlasDb>, entities: readonly { id: number; names: readonly string[] }[]): Promise<void>;
  /** Forgets entities about to be (or just) deleted. */
  unindexEntities(db: Kysely<AtlasDb>, entityIds: readonly number[]): Promise<void>;

  /** A sentence query holding every term (`all`) or any of them; null when nothing in `text` is searchable. */
  sentenceQuery(text: string, mode: 'all' | 'any'): string | null;
  /** One page of sentences matching `query`, best first, with the total count. */
  sentenceHits(db: Kysely<AtlasDb>, query: string, page: Page): Promise<{ total: number; items: SentenceHit[] }>;
  /** An entity-name query matching names and aliases that start with every term; null when nothing is searchable. */
  entityQuery(text: string): string | null;
  /** `SELECT <entity id> ...` of the entities matching an entity query, for use inside `IN (...)`. */
  entityIdsMatching(query: string): RawBuilder<unknown>;
  /** Ids of the entities matching an entity query, best first. */
  rankedEntityIds(db: Kysely<AtlasDb>, query: string, limit: number): Promise<number[]>;
}

/** Tables whose rows the write path inserts under reserved ids. */
export type IdTable = 'sentences' | 'mentions' | 'quantities' | 'events' | 'relations' | 'claims';

/** What differs between the databases behind the shared kysely code. */
export interface StoreDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Runs `fn` in a transaction that holds the store's single-writer lock for its whole length. */
  inWriteTransaction<T>(db: Kysely<AtlasDb>, fn: (trx: Kysely<AtlasDb>) => Promise<T>): Promise<T>;
  readonly text: TextIndex;
  /**
   * Whether the connection keeps prepared statements by their SQL text (SQLite, statement-cache.ts):
   * then multi-row inserts use a few fixed row counts, else as few statements (round trips) as can be.
   */
  readonly cachesStatements: boolean;
  /** The placeholder of the bound parameter at `index` (from 0) in raw SQL: `?` or `$1`. */
  param(index: number): string;
  /**
   * The ids the next `count` rows inserted into `table` without an id would get, in order; the
   * caller inserts them under these ids in the same write transaction (a fact's id is then known
   * before its row is written, so nothing is read back).
   */
  reserveIds(db: Kysely<AtlasDb>, table: IdTable, count: number): Promise<number[]>;
  /** Runs `fn` (a migration) with foreign keys not enforced, where the database needs that to rebuild a table. */
  withoutForeignKeys?<T>(db: Kysely<AtlasDb>, fn: () => Promise<T>): Promise<T>;
}
