import type { Kysely } from 'kysely';
import { addPageMetaColumns } from '../../shared/migrations/page-meta-columns.ts';
import type { Migration } from '../../shared/migrations/migration.ts';
import { POSTGRES_TYPES } from './001-initial.ts';

async function up(db: Kysely<any>): Promise<void> {
  await addPageMetaColumns(db, POSTGRES_TYPES);
}

export const pageMeta: Migration = { version: 4, name: 'page metadata of documents', up };
