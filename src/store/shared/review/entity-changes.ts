import { InvalidInput, NotFound } from '../../../model/errors.ts';
import type { EntityChange } from '../../../model/entity-change.ts';
import type { StoreDialect } from '../store-dialect.ts';
import type { Db } from './entity-change-rows.ts';
import { undoMerge, type MergeUndo } from './entity-merge.ts';
import { undoSplit, type SplitUndo } from './entity-split.ts';
import { bumpGeneration } from '../write/generation.ts';

export { mergeEntities } from './entity-merge.ts';
export { splitEntity } from './entity-split.ts';

/** Reverses a merge or split (the rows it moved that still exist move back). */
export async function undoEntityChange(db: Db, dialect: StoreDialect, id: number): Promise<EntityChange> {
  await dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const c = await trx.selectFrom('entity_changes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw new NotFound(`atlas: no entity change ${id}`);
    if (c.undone_at) throw new InvalidInput(`atlas: change ${id} was already undone at ${c.undone_at}`);
    if (c.action === 'merge') await undoMerge(trx, dialect, c);
    else await undoSplit(trx, dialect, c);
    await trx.updateTable('entity_changes').set({ undone_at: new Date().toISOString() }).where('id', '=', id).execute();
  });
  return (await entityChanges(db, { id }))[0]!;
}

export async function entityChanges(db: Db, f: { id?: number; entityId?: number }): Promise<EntityChange[]> {
  let q = db.selectFrom('entity_changes').selectAll();
  if (f.id !== undefined) q = q.where('id', '=', f.id);
  if (f.entityId !== undefined) { const e = f.entityId; q = q.where((eb) => eb.or([eb('entity_id', '=', e), eb('other_id', '=', e)])); }
  const rows = await q.orderBy('id').execute();
  const names = new Map((await db.selectFrom('entities').select(['id', 'name']).where('id', 'in', [0, ...rows.flatMap((r) => [r.entity_id, r.other_id])]).execute()).map((e) => [e.id, e.name]));
  return rows.map((r) => {
    const undo = JSON.parse(r.undo) as MergeUndo & SplitUndo;
    const moved = r.action === 'merge'
      ? Object.values(undo.moved).reduce((n, ids) => n + ids.length, 0) + undo.participants.moved.length + undo.participants.dropped.length
      : undo.mentionIds.length;
    return {
      id: r.id, action: r.action as EntityChange['action'], entityId: r.entity_id, otherId: r.other_id,
      entityName: names.get(r.entity_id) ?? '(gone)', otherName: names.get(r.other_id) ?? (r.action === 'merge' ? undo.entity.name : '(gone)'),
      moved, reviewer: r.reviewer, changedAt: r.changed_at, comment: r.comment, undoneAt: r.undone_at,
    };
  });
}
