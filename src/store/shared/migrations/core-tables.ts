import type { Kysely } from 'kysely';
import { dateColumns, evidenceColumns, type ColumnTypes } from './column-types.ts';

/** Creates every table and index of the atlas schema; the full-text side is each dialect's own. */
export async function createCoreTables(db: Kysely<any>, types: ColumnTypes): Promise<void> {
  const withEvidence = evidenceColumns(types);
  const withDate = dateColumns(types);
  await db.schema.createTable('runs')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('extractor_version', types.text, (c) => c.notNull())
    .addColumn('rules_version', types.text, (c) => c.notNull())
    .addColumn('started_at', types.text, (c) => c.notNull())
    .addUniqueConstraint('runs_identity', ['extractor_version', 'rules_version', 'started_at'])
    .execute();

  await db.schema.createTable('documents')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('content_hash', types.text, (c) => c.notNull().unique())
    .addColumn('source_path', types.text, (c) => c.notNull())
    .addColumn('title', types.text, (c) => c.notNull())
    .addColumn('format', types.text, (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('published_date', types.text)
    .addColumn('ingested_at', types.text, (c) => c.notNull())
    .addColumn('text', types.text, (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .execute();
  await db.schema.createIndex('documents_source_path').on('documents').column('source_path').execute();

  await db.schema.createTable('sentences')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('idx', 'integer', (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addUniqueConstraint('sentences_position', ['document_id', 'idx'])
    .execute();

  await db.schema.createTable('entities')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('key', types.text, (c) => c.notNull().unique())
    .addColumn('type', types.text, (c) => c.notNull())
    .addColumn('name', types.text, (c) => c.notNull())
    .addColumn('name_folded', types.text, (c) => c.notNull())
    .addColumn('attributes', types.text, (c) => c.notNull().defaultTo('{}'))
    .addColumn('source', types.text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_type_name').on('entities').columns(['type', 'name_folded']).execute();
  await db.schema.createIndex('entities_name_folded').on('entities').column('name_folded').execute();

  await db.schema.createTable('aliases')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('alias', types.text, (c) => c.notNull())
    .addColumn('folded', types.text, (c) => c.notNull())
    .addColumn('kind', types.text, (c) => c.notNull())
    .addUniqueConstraint('aliases_entity_alias', ['entity_id', 'alias'])
    .execute();
  await db.schema.createIndex('aliases_folded').on('aliases').column('folded').execute();

  await withEvidence(db.schema.createTable('mentions'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id'))
    .execute();

  await withDate(withEvidence(db.schema.createTable('quantities'))
    .addColumn('value', types.real, (c) => c.notNull())
    .addColumn('low', types.real)
    .addColumn('high', types.real)
    .addColumn('qualifier', types.text, (c) => c.notNull())
    .addColumn('kind', types.text, (c) => c.notNull())
    .addColumn('unit', types.text)
    .addColumn('subject', types.text)
    .addColumn('subject_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('holder', types.text)
    .addColumn('holder_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('status', types.text), 'date')
    .execute();

  await withDate(withEvidence(db.schema.createTable('events'))
    .addColumn('type', types.text, (c) => c.notNull())
    .addColumn('cooperation', types.text)
    .addColumn('title', types.text, (c) => c.notNull()), 'date', true)
    .execute();

  let participants = db.schema.createTable('event_participants');
  // The shared readers order participants by insertion through `rowid`, implicit in SQLite only.
  if (types.explicitRowid) participants = participants.addColumn('rowid', 'bigserial', (c) => c.notNull());
  await participants
    .addColumn('event_id', 'integer', (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('entity_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('role', types.text, (c) => c.notNull())
    .addPrimaryKeyConstraint('event_participants_pk', ['event_id', 'entity_id', 'role'])
    .execute();

  await withDate(withEvidence(db.schema.createTable('relations'))
    .addColumn('subject_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('predicate', types.text, (c) => c.notNull())
    .addColumn('object_id', 'integer', (c) => c.notNull().references('entities.id').onDelete('cascade'))
    .addColumn('label', types.text), 'valid_from')
    .execute();

  await withDate(withEvidence(db.schema.createTable('claims'))
    .addColumn('kind', types.text, (c) => c.notNull())
    .addColumn('source_entity_id', 'integer', (c) => c.references('entities.id').onDelete('set null'))
    .addColumn('text', types.text, (c) => c.notNull()), 'date')
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
}
