import { createGenerationTable } from '../../shared/migrations/generation-table.ts';
import type { Migration } from '../../shared/migrations/migration.ts';

export const generation: Migration = { version: 6, name: 'store generation counter, mentions by entity and document', up: createGenerationTable };
