import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.ts';

/**
 * What a page says about itself (schema version 4): the rule that read its publication date
 * (`given` when metadata or --date supplied it) and its page spans — stamps, datelines and
 * furniture, as JSON — which the reader shows muted.
 */
export async function addPageMetaColumns(db: Kysely<any>, types: ColumnTypes): Promise<void> {
  await db.schema.alterTable('documents').addColumn('published_rule', types.text).execute();
  await db.schema.alterTable('documents').addColumn('page_spans', types.text).execute();
}
