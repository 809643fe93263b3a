import type { Kysely } from 'kysely';
import { createFactLinksTable } from '../../shared/migrations/fact-links-table.ts';
import type { Migration } from '../../shared/migrations/migration.ts';
import { SQLITE_TYPES } from './001-initial.ts';

async function up(db: Kysely<any>): Promise<void> {
  await createFactLinksTable(db, SQLITE_TYPES);
}

export const factLinks: Migration = { version: 3, name: 'links between facts', up };
