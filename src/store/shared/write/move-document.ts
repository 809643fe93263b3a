import type { Kysely } from 'kysely';
import { StoreError } from '../../../model/errors.ts';
import type { AtlasDb } from '../schema.ts';
import { bumpGeneration } from './generation.ts';
import type { StoreDialect } from '../store-dialect.ts';

/** Gives a document a new source path (its canonical spelling); false when there is no such document. */
export async function moveDocument(db: Kysely<AtlasDb>, dialect: StoreDialect, id: number, sourcePath: string): Promise<boolean> {
  return dialect.inWriteTransaction(db, async (trx) => {
    const taken = await trx.selectFrom('documents').select('id').where('source_path', '=', sourcePath).executeTakeFirst();
    if (taken && taken.id !== id) throw new StoreError(`atlas: cannot move document ${id} to ${sourcePath}: document ${taken.id} is stored there`);
    await bumpGeneration(trx);
    const r = await trx.updateTable('documents').set({ source_path: sourcePath }).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  });
}
