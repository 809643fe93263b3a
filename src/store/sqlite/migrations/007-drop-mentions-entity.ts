import { dropMentionsEntityIndex } from '../../shared/migrations/drop-mentions-entity.ts';
import type { Migration } from '../../shared/migrations/migration.ts';

export const dropMentionsEntity: Migration = { version: 7, name: 'mentions by entity: the (entity_id, document_id) index alone', up: dropMentionsEntityIndex };
