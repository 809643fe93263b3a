import type { Migration } from '../../shared/migrations/migration.ts';
import { initial } from './001-initial.ts';
import { documentIdentity } from './002-document-identity.ts';
import { factLinks } from './003-fact-links.ts';
import { pageMeta } from './004-page-meta.ts';
import { reviews } from './005-reviews.ts';
import { generation } from './006-generation.ts';
import { dropMentionsEntity } from './007-drop-mentions-entity.ts';

/** Every PostgreSQL migration, in the order they apply. Append only: never edit one that has shipped. */
export const MIGRATIONS: readonly Migration[] = [initial, documentIdentity, factLinks, pageMeta, reviews, generation, dropMentionsEntity];
