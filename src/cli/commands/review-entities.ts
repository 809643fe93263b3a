import { InvalidInput } from '../../model/errors.ts';
import type { EntityChange } from '../../model/entity-change.ts';
import { parseFactRef } from '../../model/views.ts';
import { printJson, table } from '../format.ts';
import { parseIntOption, withDb } from '../open-db.ts';
import { reviewerName } from '../reviewer.ts';
import { resolveEntity } from './read-commands.ts';

interface Opts { db: string; json?: boolean; reviewer?: string; comment?: string }

export function describeChange(c: EntityChange): string {
  const what = c.action === 'merge'
    ? `merged "${c.otherName}" (${c.otherId}) into "${c.entityName}" (${c.entityId})`
    : `split "${c.otherName}" (${c.otherId}) off "${c.entityName}" (${c.entityId})`;
  return `change ${c.id}: ${what}, ${c.moved} facts moved, by ${c.reviewer}${c.undoneAt ? `; undone ${c.undoneAt}` : ''}`;
}

function print(c: EntityChange, json?: boolean): void {
  if (json) printJson(c);
  else console.log(describeChange(c));
}

/** `atlas review merge KEEP OTHER`: OTHER's facts and names move to KEEP. */
export async function runMerge(keep: string, other: string, o: Opts): Promise<void> {
  const reviewer = reviewerName(o.reviewer);
  await withDb(o.db, async (store) => {
    const [k, x] = [await resolveEntity(store, keep), await resolveEntity(store, other)];
    print(await store.mergeEntities({ keepId: k.id, otherId: x.id, reviewer, comment: o.comment ?? null }), o.json);
  });
}

/** `atlas review split ENTITY --mentions m1,m2 --name NAME`: those mentions name a new entity. */
export async function runSplit(entity: string, o: Opts & { mentions: string; name: string; type?: string }): Promise<void> {
  const reviewer = reviewerName(o.reviewer);
  const mentionIds = o.mentions.split(',').map((s) => s.trim()).filter(Boolean).map((s) => {
    const r = parseFactRef(s) ?? (/^\d+$/.test(s) ? { kind: 'mention', id: Number(s) } : null);
    if (!r || r.kind !== 'mention') throw new InvalidInput(`atlas: --mentions takes mention references (m12,m40), found "${s}"`);
    return r.id;
  });
  await withDb(o.db, async (store) => {
    const e = await resolveEntity(store, entity);
    print(await store.splitEntity({ entityId: e.id, mentionIds, name: o.name, type: o.type, reviewer, comment: o.comment ?? null }), o.json);
  });
}

export async function runUndoChange(id: string, o: Opts): Promise<void> {
  const n = parseIntOption('change id', id, 0, 1, 2 ** 31 - 1);
  await withDb(o.db, async (store) => print(await store.undoEntityChange(n), o.json));
}

export async function runHistory(o: Opts & { entity?: string }): Promise<void> {
  await withDb(o.db, async (store) => {
    const entityId = o.entity ? (/^\d+$/.test(o.entity) ? Number(o.entity) : (await resolveEntity(store, o.entity)).id) : undefined;
    const changes = await store.entityChanges({ entityId });
    if (o.json) return printJson(changes);
    console.log(table(changes, [
      { header: 'change', value: (c) => c.id, right: true },
      { header: 'action', value: (c) => c.action },
      { header: 'entity', value: (c) => `${c.entityName} (${c.entityId})`, max: 40 },
      { header: 'other', value: (c) => `${c.otherName} (${c.otherId})`, max: 40 },
      { header: 'moved', value: (c) => c.moved, right: true },
      { header: 'by', value: (c) => c.reviewer, max: 16 },
      { header: 'undone', value: (c) => c.undoneAt ?? '' },
    ]));
  });
}
