import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../../shared/migrations/column-types.ts';
import { createCoreTables } from '../../shared/migrations/core-tables.ts';
import type { Migration } from '../../shared/migrations/migration.ts';

export const SQLITE_TYPES: ColumnTypes = {
  serial: 'integer',
  serialKey: (c) => c.primaryKey().autoIncrement(),
  real: 'real',
  text: 'text',
  explicitRowid: false,
};

async function up(db: Kysely<any>): Promise<void> {
  await createCoreTables(db, SQLITE_TYPES);
  // FTS5 rows are kept in step by the store's write code (fts5-text-index.ts):
  // sentences_fts.rowid = sentences.id with the sentence text copied; entity_names_fts.rowid = entities.id
  // with the name, aliases and their folded forms.
  await sql`CREATE VIRTUAL TABLE sentences_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`CREATE VIRTUAL TABLE entity_names_fts USING fts5(names, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
}

export const initial: Migration = { version: 1, name: 'initial schema', up };
