import { sql, type Kysely } from 'kysely';
import { createIdentityTables } from '../../shared/migrations/identity-tables.ts';
import type { Migration } from '../../shared/migrations/migration.ts';
import { POSTGRES_TYPES } from './001-initial.ts';

/** A document is its source path, not its content: two files with the same text are two documents, and a document keeps its id across versions. */
async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE documents DROP CONSTRAINT IF EXISTS documents_content_hash_key`.execute(db);
  await sql`ALTER TABLE documents ADD COLUMN version integer NOT NULL DEFAULT 1`.execute(db);
  await sql`DROP INDEX IF EXISTS documents_source_path`.execute(db);
  await db.schema.createIndex('documents_source_path').unique().on('documents').column('source_path').execute();
  await db.schema.createIndex('documents_content_hash').on('documents').column('content_hash').execute();
  await createIdentityTables(db, POSTGRES_TYPES);
}

export const documentIdentity: Migration = { version: 2, name: 'document identity and versions', up };
