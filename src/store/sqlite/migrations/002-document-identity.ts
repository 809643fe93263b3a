import { sql, type Kysely } from 'kysely';
import { createIdentityTables } from '../../shared/migrations/identity-tables.ts';
import type { Migration } from '../../shared/migrations/migration.ts';
import { SQLITE_TYPES } from './001-initial.ts';

const COLUMNS = 'id, content_hash, source_path, title, format, byte_size, published_date, ingested_at, text, run_id';

/**
 * A document is its source path, not its content: two files with the same text are two documents,
 * and a document keeps its id across versions. SQLite cannot drop the UNIQUE on content_hash in
 * place, so `documents` is rebuilt (SQLite's documented 12-step way, foreign keys off meanwhile).
 */
async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('documents_v2')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('source_path', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('byte_size', 'integer', (c) => c.notNull())
    .addColumn('published_date', 'text')
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('run_id', 'integer', (c) => c.notNull().references('runs.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await sql.raw(`INSERT INTO documents_v2 (${COLUMNS}, version) SELECT ${COLUMNS}, 1 FROM documents`).execute(db);
  // Ids of deleted documents are never handed out again: keep AUTOINCREMENT's high-water mark.
  const seq = await sql<{ seq: number }>`SELECT seq FROM sqlite_sequence WHERE name = 'documents'`.execute(db);
  await sql`DROP TABLE documents`.execute(db);
  await sql`ALTER TABLE documents_v2 RENAME TO documents`.execute(db);
  const high = seq.rows[0]?.seq;
  if (high !== undefined) {
    await sql`DELETE FROM sqlite_sequence WHERE name = 'documents'`.execute(db);
    await sql`INSERT INTO sqlite_sequence (name, seq) VALUES ('documents', ${high})`.execute(db);
  }
  await db.schema.createIndex('documents_source_path').unique().on('documents').column('source_path').execute();
  await db.schema.createIndex('documents_content_hash').on('documents').column('content_hash').execute();
  await createIdentityTables(db, SQLITE_TYPES);

  const broken = await sql<{ table: string }>`PRAGMA foreign_key_check`.execute(db);
  if (broken.rows.length > 0) throw new Error(`rebuilding documents left ${broken.rows.length} dangling references (first in ${broken.rows[0]!.table})`);
}

export const documentIdentity: Migration = { version: 2, name: 'document identity and versions', up, withoutForeignKeys: true };
