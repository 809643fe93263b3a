import type { Kysely } from 'kysely';
import { evidenceColumns, type ColumnTypes } from './column-types.ts';

/**
 * Links between facts of one document (schema version 3). An end is a fact kind and a stored id;
 * the ends are not foreign keys (they point into three tables), and every link goes with its
 * document (ON DELETE CASCADE), as the facts it joins do.
 */
export async function createFactLinksTable(db: Kysely<any>, types: ColumnTypes): Promise<void> {
  await evidenceColumns(types)(db.schema.createTable('fact_links'))
    .addColumn('type', types.text, (c) => c.notNull())
    .addColumn('from_kind', types.text, (c) => c.notNull())
    .addColumn('from_id', 'integer', (c) => c.notNull())
    .addColumn('to_kind', types.text)
    .addColumn('to_id', 'integer')
    .addColumn('value', types.text)
    .addColumn('number', types.real)
    .execute();
  await db.schema.createIndex('fact_links_document').on('fact_links').column('document_id').execute();
  await db.schema.createIndex('fact_links_type').on('fact_links').column('type').execute();
}
