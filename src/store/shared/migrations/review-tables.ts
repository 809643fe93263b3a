import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

/**
 * Migration 5's shared definitions: analysts' decisions, kept apart from extractions. A review
 * points at its fact by anchor (the quote, its context and its position in a version's text), so
 * it re-attaches to the fact a new version extracts at the same place; `fact_id` only caches the
 * fact it is attached to now. Entity changes (merges, splits) keep what undoing them needs.
 * Aliases remember the document version that added them, so replacing that version removes them.
 */
export async function createReviewTables(db: Kysely<any>, types: ColumnTypes): Promise<void> {
  await db.schema.createTable('reviews')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('kind', types.text, (c) => c.notNull())
    .addColumn('fact_id', 'integer')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('rule', types.text, (c) => c.notNull())
    .addColumn('content_hash', types.text, (c) => c.notNull())
    .addColumn('start', 'integer', (c) => c.notNull())
    .addColumn('end', 'integer', (c) => c.notNull())
    .addColumn('quote', types.text, (c) => c.notNull())
    .addColumn('prefix', types.text, (c) => c.notNull())
    .addColumn('suffix', types.text, (c) => c.notNull())
    .addColumn('decision', types.text, (c) => c.notNull())
    .addColumn('fact_values', types.text)
    .addColumn('reviewer', types.text, (c) => c.notNull())
    .addColumn('reviewed_at', types.text, (c) => c.notNull())
    .addColumn('comment', types.text)
    .addColumn('orphaned_in_version', 'integer')
    .addColumn('orphan_reason', types.text)
    .execute();
  await db.schema.createIndex('reviews_fact').on('reviews').columns(['kind', 'fact_id']).execute();
  await db.schema.createIndex('reviews_document').on('reviews').column('document_id').execute();

  await db.schema.createTable('entity_changes')
    .addColumn('id', types.serial, types.serialKey)
    .addColumn('action', types.text, (c) => c.notNull())
    .addColumn('entity_id', 'integer', (c) => c.notNull())
    .addColumn('other_id', 'integer', (c) => c.notNull())
    .addColumn('undo', types.text, (c) => c.notNull())
    .addColumn('reviewer', types.text, (c) => c.notNull())
    .addColumn('changed_at', types.text, (c) => c.notNull())
    .addColumn('comment', types.text)
    .addColumn('undone_at', types.text)
    .execute();

  await db.schema.alterTable('aliases').addColumn('document_id', 'integer').execute();
}
