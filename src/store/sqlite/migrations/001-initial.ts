import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { Migration } from './migration.ts';

// The evidence columns every fact table shares (span, quote anchor with context, rule, run).
function withEvidence<T extends string>(t: CreateTableBuilder<T, never>): CreateTableBuilder<T, never> {
  return t
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('quote', 'text', (c) => c.notNull())
    .addColumn('prefix', 'text', (c) => c.notNull())
    .addColumn('suffix', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'));
}

function withDate<T extends string>(t: CreateTableBuilder<T, never>, prefix: string, required = false): CreateTableBuilder<T, never> {
  const cols = ['start', 'end', 'precision'] as const;
  return cols.reduce((b, c) => b.addColumn(`${prefix}_${c}`, 'text', (col) => (required ? col.notNull() : col)), t);
}

async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('runs')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('extractor_version', 'text', (c) => c.notNull())
    .addColumn('rules_version', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('runs_identity', ['extractor_version', 'rules_version', 'started_at'])
    .execute();

  await db.schema.createTable('documents')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('published_date', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .execute();
  await db.schema.createIndex('documents_source_path').on('documents').column('source_path').execute();

  await db.schema.createTable('sentences')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addUniqueConstraint('sentences_position', ['document_id', 'idx'])
    .execute();

  await db.schema.createTable('entities')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('key', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_type_name').on('entities').columns(['type', 'name_folded']).execute();
  await db.schema.createIndex('entities_name_folded').on('entities').column('name_folded').execute();

  await db.schema.createTable('aliases')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('folded', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addUniqueConstraint('aliases_entity_alias', ['entity_id', 'alias'])
    .execute();
  await db.schema.createIndex('aliases_folded').on('aliases').column('folded').execute();

  await withEvidence(db.schema.createTable('mentions'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
    .execute();

  await withDate(withEvidence(db.schema.createTable('quantities'))
    .addColumn('value', 'real', (c) => c.notNull())
    .addColumn('low', 'real')
    .addColumn('high', 'real')
    .addColumn('qualifier', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('subject', 'text')
    .addColumn('subject_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('holder', 'text')
    .addColumn('holder_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('status', 'text'), 'date')
    .execute();

  await withDate(withEvidence(db.schema.createTable('events'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('cooperation', 'text')
    .addColumn('title', 'text', (c) => c.notNull()), 'date', true)
    .execute();

  await db.schema.createTable('event_participants')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'entity_id', 'role'])
    .execute();

  await withDate(withEvidence(db.schema.createTable('relations'))
    .addColumn('subject_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('predicate', 'text', (c) => c.notNull())
    .addColumn('object_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('label', 'text'), 'valid_from')
    .execute();

  await withDate(withEvidence(db.schema.createTable('claims'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('text', 'text', (c) => c.notNull()), 'date')
    .execute();

  // Lookups by document (cascade deletes, per-document reads) and by entity (facts "involving" an entity).
  const indexes: [string, string, string[]][] = [
    ['mentions_document', 'mentions', ['document_id', 'start']],
    ['mentions_entity', 'mentions', ['entity_id']],
    ['quantities_document', 'quantities', ['document_id', 'start']],
    ['quantities_subject', 'quantities', ['subject_entity_id']],
    ['quantities_holder', 'quantities', ['holder_entity_id']],
    ['events_document', 'events', ['document_id', 'start']],
    ['events_date', 'events', ['date_start', 'date_end']],
    ['event_participants_entity', 'event_participants', ['entity_id']],
    ['relations_document', 'relations', ['document_id', 'start']],
    ['relations_subject', 'relations', ['subject_id']],
    ['relations_object', 'relations', ['object_id']],
    ['claims_document', 'claims', ['document_id', 'start']],
    ['claims_source', 'claims', ['source_entity_id']],
  ];
  for (const [name, table, columns] of indexes) {
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  }

  // FTS5 (SQLite only; PostgreSQL will use tsvector). Rows are kept in step by the store's write code:
  // sentences_fts.rowid = sentences.id with the sentence text copied; entity_names_fts.rowid = entities.id
  // with the name, aliases and their folded forms.
  await sql`CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE VIRTUAL TABLE entity_names_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
}

export const initial: Migration = { version: 1, name: 'initial schema', up };
