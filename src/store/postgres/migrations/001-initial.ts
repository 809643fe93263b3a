import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from '../../shared/migrations/column-types.ts';
import { createCoreTables } from '../../shared/migrations/core-tables.ts';
import type { Migration } from '../../shared/migrations/migration.ts';

export const POSTGRES_TYPES: ColumnTypes = {
  serial: 'serial',
  serialKey: (c) => c.primaryKey(),
  real: 'double precision',
  // Byte-wise comparison and order whatever the database's locale, as SQLite's BINARY collation.
  text: sql`text collate "C"`,
  explicitRowid: true,
};

async function up(db: Kysely<any>): Promise<void> {
  await createCoreTables(db, POSTGRES_TYPES);

  // English stemming like FTS5's porter tokenizer, but without stop words: FTS5 has none, and "US" or "the" must stay searchable.
  await sql`CREATE TEXT SEARCH DICTIONARY atlas_english_stem (TEMPLATE = snowball, Language = english)`.execute(db);
  await sql`CREATE TEXT SEARCH CONFIGURATION atlas_english (COPY = english)`.execute(db);
  await sql`ALTER TEXT SEARCH CONFIGURATION atlas_english
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH atlas_english_stem`.execute(db);

  // Search rows go with their sentence or entity (ON DELETE CASCADE). The tsvectors are built from
  // words the store splits itself (search/search-words.ts), so queries and documents split alike.
  await sql`CREATE TABLE sentence_search (
    sentence_id integer PRIMARY KEY REFERENCES sentences (id) ON DELETE CASCADE,
    text text NOT NULL,
    tsv tsvector NOT NULL)`.execute(db);
  await sql`CREATE INDEX sentence_search_tsv ON sentence_search USING gin (tsv)`.execute(db);
  await sql`CREATE TABLE entity_name_search (
    entity_id integer PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
    tsv tsvector NOT NULL)`.execute(db);
  await sql`CREATE INDEX entity_name_search_tsv ON entity_name_search USING gin (tsv)`.execute(db);
}

export const initial: Migration = { version: 1, name: 'initial schema', up };
