import type { Kysely, Selectable } from 'kysely';
import { InvalidInput, NotFound } from '../../../model/errors.ts';
import { foldName } from '../../../model/names.ts';
import { MergeInput, SplitInput, type EntityChange } from '../../../model/review.ts';
import { refreshEntityNames } from '../entity-names.ts';
import type { AliasesTable, AtlasDb, EntitiesTable } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';

type Db = Kysely<AtlasDb>;
/** The entity columns of fact tables a merge moves, as [table, column]. */
const POINTERS = [
  ['mentions', 'entity_id'], ['quantities', 'subject_entity_id'], ['quantities', 'holder_entity_id'],
  ['relations', 'subject_id'], ['relations', 'object_id'], ['claims', 'source_entity_id'],
] as const;

interface MergeUndo {
  entity: Selectable<EntitiesTable>;
  aliases: Selectable<AliasesTable>[];
  /** Row ids moved, per "table.column". */
  moved: Record<string, number[]>;
  /** Participations moved ([event, role]) and dropped because the kept entity already had them. */
  participants: { moved: [number, string][]; dropped: [number, string][] };
  /** Aliases the merge gave the kept entity. */
  addedAliasIds: number[];
}
interface SplitUndo { mentionIds: number[] }

async function entityOrFail(db: Db, id: number) {
  const e = await db.selectFrom('entities').selectAll().where('id', '=', id).executeTakeFirst();
  if (!e) throw new NotFound(`atlas: no entity ${id} in the atlas`);
  return e;
}

async function record(db: Db, action: 'merge' | 'split', entityId: number, otherId: number, undo: unknown, reviewer: string, comment: string | null): Promise<number> {
  return (await db.insertInto('entity_changes').values({
    action, entity_id: entityId, other_id: otherId, undo: JSON.stringify(undo), reviewer, changed_at: new Date().toISOString(), comment,
  }).returning('id').executeTakeFirstOrThrow()).id;
}

/** Merges `otherId` into `keepId`: its facts, participations and names move; it is deleted. Undone by undoEntityChange. */
export async function mergeEntities(db: Db, dialect: StoreDialect, input: unknown): Promise<EntityChange> {
  const parsed = MergeInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(`atlas: invalid merge: ${parsed.error.issues[0]!.message}`);
  const m = parsed.data;
  const id = await dialect.inWriteTransaction(db, async (trx) => {
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
    await refreshEntityNames(trx, dialect.text, [keep.id]);
    return record(trx, 'merge', keep.id, other.id, undo, m.reviewer, m.comment);
  });
  return (await entityChanges(db, { id }))[0]!;
}

/** Moves the given mentions of an entity to a new entity of their own. Undone by undoEntityChange. */
export async function splitEntity(db: Db, dialect: StoreDialect, input: unknown): Promise<EntityChange> {
  const parsed = SplitInput.safeParse(input);
  if (!parsed.success) throw new InvalidInput(`atlas: invalid split: ${parsed.error.issues[0]!.path.join('.')} ${parsed.error.issues[0]!.message}`.trim());
  const s = parsed.data;
  const id = await dialect.inWriteTransaction(db, async (trx) => {
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
    await refreshEntityNames(trx, dialect.text, [made.id]);
    return record(trx, 'split', from.id, made.id, { mentionIds: ids } satisfies SplitUndo, s.reviewer, s.comment);
  });
  return (await entityChanges(db, { id }))[0]!;
}

/** Reverses a merge or split (the rows it moved that still exist move back). */
export async function undoEntityChange(db: Db, dialect: StoreDialect, id: number): Promise<EntityChange> {
  await dialect.inWriteTransaction(db, async (trx) => {
    const c = await trx.selectFrom('entity_changes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw new NotFound(`atlas: no entity change ${id}`);
    if (c.undone_at) throw new InvalidInput(`atlas: change ${id} was already undone at ${c.undone_at}`);
    if (c.action === 'merge') {
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
      await refreshEntityNames(trx, dialect.text, [c.entity_id, u.entity.id]);
    } else {
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
