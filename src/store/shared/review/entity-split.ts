import { InvalidInput } from '../../../model/errors.ts';
import { foldName } from '../../../model/names.ts';
import { SplitInput, type EntityChange } from '../../../model/entity-change.ts';
import { refreshEntityNames } from '../entity-names.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { entityChanges } from './entity-changes.ts';
import { entityOrFail, record, type Db } from './entity-change-rows.ts';
import { bumpGeneration } from '../write/generation.ts';

export interface SplitUndo { mentionIds: number[] }

/** Moves the given mentions of an entity to a new entity of their own. Undone by undoEntityChange. */
export async function splitEntity(db: Db, dialect: StoreDialect, input: unknown): Promise<EntityChange> {
  const parsed = SplitInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(`atlas: invalid split: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`.trim());
  const s = parsed.data;
  const id = await dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const from = await entityOrFail(trx, s.entityId);
    const ids = [...new Set(s.mentionIds)];
    const owned = await trx.selectFrom('mentions').select('id').where('id', 'in', ids).where('entity_id', '=', from.id).execute();
    if (owned.length !== ids.length) {
      const ok = new Set(owned.map((r) => r.id));
      throw new InvalidInput(`atlas: mention${ids.length - ok.size > 1 ? 's' : ''} ${ids.filter((i) => !ok.has(i)).map((i) => `m${i}`).join(', ')} do not name entity ${from.id}`);
    }
    const total = await trx.selectFrom('mentions').select((eb) => eb.fn.countAll<number>().as('n')).where('entity_id', '=', from.id).executeTakeFirstOrThrow();
    if (Number(total.n) === ids.length) throw new InvalidInput('atlas: a split must leave the entity at least one mention; rename it instead');
    const made = await trx.insertInto('entities').values({
      key: `review:split:${from.id}:${Date.now()}:${ids[0]}`, type: s.type ?? from.type, name: s.name, name_folded: foldName(s.name),
      attributes: '{}', source: 'extracted',
    }).returning('id').executeTakeFirstOrThrow();
    for (let i = 0; i < ids.length; i += 500) {
      await trx.updateTable('mentions').set({ entity_id: made.id }).where('id', 'in', ids.slice(i, i + 500)).execute();
    }
    await refreshEntityNames(trx, dialect, [made.id]);
    return record(trx, 'split', from.id, made.id, { mentionIds: ids } satisfies SplitUndo, s.reviewer, s.comment);
  });
  return (await entityChanges(db, { id }))[0]!;
}


/** Reverses a split inside the caller's transaction: the mentions go back; the new entity goes when nothing names it. */
export async function undoSplit(trx: Db, dialect: StoreDialect, c: { entity_id: number; other_id: number; undo: string }): Promise<void> {
  const u = JSON.parse(c.undo) as SplitUndo;
  for (let i = 0; i < u.mentionIds.length; i += 500) {
    await trx.updateTable('mentions').set({ entity_id: c.entity_id }).where('id', 'in', u.mentionIds.slice(i, i + 500)).where('entity_id', '=', c.other_id).execute();
  }
  const left = await trx.selectFrom('mentions').select('id').where('entity_id', '=', c.other_id).executeTakeFirst();
  if (!left) {
    await trx.deleteFrom('entities').where('id', '=', c.other_id).execute();
    await dialect.text.unindexEntities(trx, [c.other_id]);
  }
}
