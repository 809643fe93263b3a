import type { Kysely } from 'kysely';
import { createReviewTables } from '../../shared/migrations/review-tables.ts';
import type { Migration } from '../../shared/migrations/migration.ts';
import { POSTGRES_TYPES } from './001-initial.ts';

async function up(db: Kysely<any>): Promise<void> {
  await createReviewTables(db, POSTGRES_TYPES);
}

export const reviews: Migration = { version: 5, name: 'reviews and entity changes', up };
