import { sql, type Kysely } from 'kysely';

/**
 * The store's generation: one number every write transaction raises (write/generation.ts), so a
 * reader in any process can tell in one indexed read whether what it computed is still current.
 */
export async function createGenerationTable(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('store_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('n', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('store_generation').values({ id: 1, n: 0 }).execute();
  // Entity pages and lists count mentions and distinct documents per entity: answered from the index alone.
  await db.schema.createIndex('mentions_entity_document').on('mentions').columns(['entity_id', 'document_id']).execute();
}
