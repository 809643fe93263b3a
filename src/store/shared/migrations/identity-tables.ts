import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

/**
 * Migration 2's shared half: a document's versions, and the facts a later version dropped (so old
 * references answer "removed in version N" instead of a bare 404). Each existing document becomes
 * its own version 1. The change to `documents` itself (identity by source path, not by content)
 * is each dialect's own: SQLite must rebuild the table to drop a UNIQUE constraint.
 */
export async function createIdentityTables(db: Kysely<any>, types: ColumnTypes): Promise<void> {
  await db.schema.createTable('document_versions')
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content_hash', types.text, (c) => c.notNull())
    .addColumn('title', types.text, (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', types.text, (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .addPrimaryKeyConstraint('document_versions_pk', ['document_id', 'version'])
    .execute();
  await sql`INSERT INTO document_versions (document_id, version, content_hash, title, byte_size, ingested_at, run_id)
    SELECT id, 1, content_hash, title, byte_size, ingested_at, run_id FROM documents`.execute(db);

  await db.schema.createTable('fact_tombstones')
    .addColumn('kind', types.text, (c) => c.notNull())
    .addColumn('fact_id', 'integer', (c) => c.notNull())
    .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('removed_in_version', 'integer', (c) => c.notNull())
    .addColumn('rule', types.text, (c) => c.notNull())
    .addColumn('quote', types.text, (c) => c.notNull())
    .addColumn('prefix', types.text, (c) => c.notNull())
    .addColumn('suffix', types.text, (c) => c.notNull())
    .addColumn('successor_kind', types.text)
    .addColumn('successor_id', 'integer')
    .addPrimaryKeyConstraint('fact_tombstones_pk', ['kind', 'fact_id'])
    .execute();
  await db.schema.createIndex('fact_tombstones_document').on('fact_tombstones').column('document_id').execute();
}
