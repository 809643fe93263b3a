import type { Selectable } from 'kysely';
import { InvalidInput } from '../../../model/errors.ts';
import { foldName } from '../../../model/names.ts';
import { MergeInput, type EntityChange } from '../../../model/entity-change.ts';
import { refreshEntityNames } from '../entity-names.ts';
import type { AliasesTable, EntitiesTable } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { entityChanges } from './entity-changes.ts';
import { entityOrFail, record, type Db } from './entity-change-rows.ts';
import { bumpGeneration } from '../write/generation.ts';

/** The entity columns of fact tables a merge moves, as [table, column]. */
const POINTERS = [
  ['mentions', 'entity_id'], ['quantities', 'subject_entity_id'], ['quantities', 'holder_entity_id'],
  ['relations', 'subject_id'], ['relations', 'object_id'], ['claims', 'source_entity_id'],
] as const;

export interface MergeUndo {
  entity: Selectable<EntitiesTable>;
  aliases: Selectable<AliasesTable>[];
  /** Row ids moved, per "table.column". */
  moved: Record<string, number[]>;
  /** Participations moved ([event, role]) and dropped because the kept entity already had them. */
  participants: { moved: [number, string][]; dropped: [number, string][] };
  /** Aliases the merge gave the kept entity. */
  addedAliasIds: number[];
}

/** Merges `otherId` into `keepId`: its facts, participations and names move; it is deleted. Undone by undoEntityChange. */
export async function mergeEntities(db: Db, dialect: StoreDialect, input: unknown): Promise<EntityChange> {
  const parsed = MergeInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(`atlas: invalid merge: ${parsed.error.issues[0]!.message}`);
  const m = parsed.data;
  const id = await dialect.inWriteTransaction(db, async (trx) => {
    // A review or an entity change is a write: answers cached by generation go stale with it.
    await bumpGeneration(trx);
    const keep = await entityOrFail(trx, m.keepId);
    const other = await entityOrFail(trx, m.otherId);
    const undo: MergeUndo = { entity: other, aliases: [], moved: {}, participants: { moved: [], dropped: [] }, addedAliasIds: [] };
    undo.aliases = await trx.selectFrom('aliases').selectAll().where('entity_id', '=', other.id).execute();
    for (const [table, column] of POINTERS) {
      const rows = await (trx.selectFrom(table) as any).select('id').where(column, '=', other.id).execute() as { id: number }[];
      undo.moved[`${table}.${column}`] = rows.map((r) => r.id);
      if (rows.length) await (trx.updateTable(table) as any).set({ [column]: keep.id }).where(column, '=', other.id).execute();
    }
    const parts = await trx.selectFrom('event_participants').select(['event_id', 'role']).where('entity_id', '=', other.id).execute();
    const kept = new Set((await trx.selectFrom('event_participants').select(['event_id', 'role']).where('entity_id', '=', keep.id).execute()).map((p) => `${p.event_id}:${p.role}`));
    for (const p of parts) {
      const clash = kept.has(`${p.event_id}:${p.role}`);
      (clash ? undo.participants.dropped : undo.participants.moved).push([p.event_id, p.role]);
      const q = trx.deleteFrom('event_participants').where('event_id', '=', p.event_id).where('entity_id', '=', other.id).where('role', '=', p.role);
      await q.execute();
      if (!clash) await trx.insertInto('event_participants').values({ event_id: p.event_id, entity_id: keep.id, role: p.role }).execute();
    }
    // The kept entity answers to the other's names from now on.
    const names = [{ alias: other.name, kind: 'name' }, ...undo.aliases.map((a) => ({ alias: a.alias, kind: a.kind }))];
    const existing = new Set((await trx.selectFrom('aliases').select('alias').where('entity_id', '=', keep.id).execute()).map((a) => a.alias));
    for (const n of names) {
      if (existing.has(n.alias) || n.alias === keep.name) continue;
      existing.add(n.alias);
      const row = await trx.insertInto('aliases').values({ entity_id: keep.id, alias: n.alias, folded: foldName(n.alias), kind: n.kind, document_id: null })
        .returning('id').executeTakeFirstOrThrow();
      undo.addedAliasIds.push(row.id);
    }
    await trx.deleteFrom('entities').where('id', '=', other.id).execute();
    await dialect.text.unindexEntities(trx, [other.id]);
    await refreshEntityNames(trx, dialect, [keep.id]);
    return record(trx, 'merge', keep.id, other.id, undo, m.reviewer, m.comment);
  });
  return (await entityChanges(db, { id }))[0]!;
}


/** Reverses a merge inside the caller's transaction: the entity comes back with its id, names and the rows that still exist. */
export async function undoMerge(trx: Db, dialect: StoreDialect, c: { id: number; entity_id: number; undo: string }): Promise<void> {
  const id = c.id;
  const u = JSON.parse(c.undo) as MergeUndo;
  if (await trx.selectFrom('entities').select('id').where('id', '=', u.entity.id).executeTakeFirst()) {
    throw new InvalidInput(`atlas: entity ${u.entity.id} exists again; change ${id} cannot be undone`);
  }
  if (await trx.selectFrom('entities').select('id').where('key', '=', u.entity.key).executeTakeFirst()) {
    throw new InvalidInput(`atlas: a re-ingest brought back "${u.entity.name}" under its own key; change ${id} cannot be undone`);
  }
  await trx.insertInto('entities').values(u.entity).execute();
  // With their own ids, so the entity lists its names in the order it had them.
  if (u.aliases.length) await trx.insertInto('aliases').values(u.aliases).execute();
  for (const [table, column] of POINTERS) {
    const ids = u.moved[`${table}.${column}`] ?? [];
    for (let i = 0; i < ids.length; i += 500) {
      await (trx.updateTable(table) as any).set({ [column]: u.entity.id }).where('id', 'in', ids.slice(i, i + 500)).where(column, '=', c.entity_id).execute();
    }
  }
  for (const [eventId, role] of u.participants.moved) {
    await trx.updateTable('event_participants').set({ entity_id: u.entity.id })
      .where('event_id', '=', eventId).where('entity_id', '=', c.entity_id).where('role', '=', role).execute();
  }
  const droppedIds = [0, ...u.participants.dropped.map(([e]) => e)];
  const events = new Set((await trx.selectFrom('events').select('id').where('id', 'in', droppedIds).execute()).map((e) => e.id));
  const dropped = u.participants.dropped.filter(([e]) => events.has(e)).map(([event_id, role]) => ({ event_id, entity_id: u.entity.id, role }));
  if (dropped.length) await trx.insertInto('event_participants').values(dropped).execute();
  if (u.addedAliasIds.length) await trx.deleteFrom('aliases').where('id', 'in', u.addedAliasIds).execute();
  await refreshEntityNames(trx, dialect, [c.entity_id, u.entity.id]);
}
