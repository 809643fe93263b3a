import type { Kysely } from 'kysely';
import { NotFound } from '../../../model/errors.ts';
import type { AtlasDb } from '../schema.ts';

export type Db = Kysely<AtlasDb>;

export async function entityOrFail(db: Db, id: number) {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new NotFound(`atlas: no entity ${id} in the atlas`);
  return e;
}

export async function record(db: Db, action: 'merge' | 'split', entityId: number, otherId: number, undo: unknown, reviewer: string, comment: string | null): Promise<number> {
  return (await db.insertInto('entity_changes').values({
    action, entity_id: entityId, other_id: otherId, undo: JSON.stringify(undo), reviewer, changed_at: new Date().toISOString(), comment,
  }).returning('id').executeTakeFirstOrThrow()).id;
}


