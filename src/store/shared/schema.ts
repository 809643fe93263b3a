import type { Generated } from 'kysely';

/** Row shapes of the tables as kysely sees them, in both dialects (the full-text tables are reached through raw SQL only). */

export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

export interface RunsTable {
  id: Generated<number>;
  extractor_version: string;
  rules_version: string;
  started_at: string;
}

export interface DocumentsTable {
  id: Generated<number>;
  content_hash: string;
  source_path: string;
  title: string;
  format: string;
  byte_size: number;
  published_date: string | null;
  /** The rule that read published_date (`given`, `meta.published-stamp`...), null for stores before version 4. */
  published_rule: string | null;
  /** JSON array of the page's stamps and furniture ({start, end, rule, date}). */
  page_spans: string | null;
  ingested_at: string;
  text: string;
  run_id: number;
  /** 1 for the first text stored under source_path; each changed re-ingest adds one (migration 2). */
  version: Generated<number>;
}

/** One row per version a document has had: what was stored, and when (the text is kept for the current version only). */
export interface DocumentVersionsTable {
  document_id: number;
  version: number;
  content_hash: string;
  title: string;
  byte_size: number;
  ingested_at: string;
  run_id: number;
}

/**
 * A fact a later version of its document no longer has, under the id it had: old references
 * answer "removed in version N" and lead to the successor when one was found. The anchor columns
 * let the fact take its id back if a later version has it again.
 */
export interface FactTombstonesTable {
  kind: string;
  fact_id: number;
  document_id: number;
  removed_in_version: number;
  rule: string;
  quote: string;
  prefix: string;
  suffix: string;
  successor_kind: string | null;
  successor_id: number | null;
}

export interface SentencesTable {
  id: Generated<number>;
  document_id: number;
  idx: number;
  start: number;
  end: number;
}

export interface EntitiesTable {
  id: Generated<number>;
  key: string;
  type: string;
  name: string;
  /** foldName(name), indexed for resolution. */
  name_folded: string;
  /** JSON object. */
  attributes: string;
  source: string;
}

export interface AliasesTable {
  id: Generated<number>;
  entity_id: number;
  alias: string;
  folded: string;
  kind: string;
  /** The document whose version added the alias (null: the knowledge files, a merge, or a store before version 5). */
  document_id: number | null;
}

/** Columns every fact row carries: its span, a quote anchor with context, the rule and the run. */
export interface EvidenceColumns {
  id: Generated<number>;
  document_id: number;
  sentence: number;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  rule: string;
  confidence: number;
  run_id: number;
}

export interface MentionsTable extends EvidenceColumns {
  entity_id: number;
}

export interface DateColumns {
  date_start: string | null;
  date_end: string | null;
  date_precision: string | null;
}

export interface QuantitiesTable extends EvidenceColumns, DateColumns {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: string;
  kind: string;
  unit: string | null;
  subject: string | null;
  subject_entity_id: number | null;
  holder: string | null;
  holder_entity_id: number | null;
  status: string | null;
}

export interface EventsTable extends EvidenceColumns {
  type: string;
  cooperation: string | null;
  date_start: string;
  date_end: string;
  date_precision: string;
  title: string;
}

export interface EventParticipantsTable {
  event_id: number;
  entity_id: number;
  role: string;
}

export interface RelationsTable extends EvidenceColumns {
  subject_id: number;
  predicate: string;
  object_id: number;
  label: string | null;
  valid_from_start: string | null;
  valid_from_end: string | null;
  valid_from_precision: string | null;
}

export interface ClaimsTable extends EvidenceColumns, DateColumns {
  kind: string;
  source_entity_id: number | null;
  text: string;
}

export interface FactLinksTable extends EvidenceColumns {
  type: string;
  from_kind: string;
  from_id: number;
  to_kind: string | null;
  to_id: number | null;
  value: string | null;
  number: number | null;
}

/** An analyst's decision, anchored to the text (migration 5); see model/review.ts. */
export interface ReviewsTable {
  id: Generated<number>;
  kind: string;
  fact_id: number | null;
  document_id: number;
  rule: string;
  content_hash: string;
  start: number;
  end: number;
  quote: string;
  prefix: string;
  suffix: string;
  decision: string;
  /** JSON object: corrected values, or an added fact's values. */
  fact_values: string | null;
  reviewer: string;
  reviewed_at: string;
  comment: string | null;
  orphaned_in_version: number | null;
  orphan_reason: string | null;
}

/** A merge or split of entities, with the JSON that undoes it. */
export interface EntityChangesTable {
  id: Generated<number>;
  action: string;
  entity_id: number;
  other_id: number;
  undo: string;
  reviewer: string;
  changed_at: string;
  comment: string | null;
  undone_at: string | null;
}

export interface StoreGenerationTable {
  id: number;
  n: number;
}

export interface AtlasDb {
  schema_migrations: SchemaMigrationsTable;
  runs: RunsTable;
  documents: DocumentsTable;
  document_versions: DocumentVersionsTable;
  fact_tombstones: FactTombstonesTable;
  sentences: SentencesTable;
  entities: EntitiesTable;
  aliases: AliasesTable;
  mentions: MentionsTable;
  quantities: QuantitiesTable;
  events: EventsTable;
  event_participants: EventParticipantsTable;
  relations: RelationsTable;
  claims: ClaimsTable;
  fact_links: FactLinksTable;
  reviews: ReviewsTable;
  entity_changes: EntityChangesTable;
  store_generation: StoreGenerationTable;
}
