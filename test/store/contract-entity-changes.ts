import { describe, expect, it } from 'vitest';
import type { AtlasStore } from '../../src/store/store.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { E, extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B } from './fixtures.ts';

async function one(s: AtlasStore, name: string) {
  const [e] = await s.findEntities(name);
  if (!e) throw new Error(`no entity ${name}`);
  return e;
}
const ids = (facts: { id: number }[]) => facts.map((f) => f.id).sort((a, b) => a - b);

/** Entity merges and splits: recorded with what undoing them needs, and undone exactly. */
export function contractEntityChanges(makeStore: MakeStore): void {
  describe('entity merge and split', () => {
    const store = useStore(makeStore);

    it('merges one entity into another and undoes it', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const ivan = await one(s, 'Ivan Petrovsky');
      const anna = await one(s, 'Anna Petrovsky');
      const before = { ivan: ids(await s.mentions({ entityId: ivan.id })), anna: ids(await s.mentions({ entityId: anna.id })), relations: await s.relations({ entityId: ivan.id }) };

      const merge = await s.mergeEntities({ keepId: ivan.id, otherId: anna.id, reviewer: 'ana', comment: 'same person' });
      expect(merge).toMatchObject({ action: 'merge', entityId: ivan.id, otherId: anna.id, entityName: 'Ivan Petrovsky', otherName: 'Anna Petrovsky', moved: before.anna.length, reviewer: 'ana', undoneAt: null });
      expect(await s.getEntity(anna.id)).toBeNull();
      expect(ids(await s.mentions({ entityId: ivan.id }))).toEqual([...before.ivan, ...before.anna].sort((a, b) => a - b));
      expect((await one(s, 'Anna Petrovsky')).id).toBe(ivan.id);
      expect((await s.search('Anna', { limit: 5, offset: 0 })).entities.map((e) => e.id)).toContain(ivan.id);

      const undone = await s.undoEntityChange(merge.id);
      expect(undone.undoneAt).not.toBeNull();
      expect(await s.getEntity(anna.id)).toEqual(anna);
      expect(await s.getEntity(ivan.id)).toEqual(ivan);
      expect(ids(await s.mentions({ entityId: anna.id }))).toEqual(before.anna);
      expect(await s.relations({ entityId: ivan.id })).toEqual(before.relations);
      expect((await s.search('Anna', { limit: 5, offset: 0 })).entities.map((e) => e.id)).toEqual([anna.id]);
      await expect(s.undoEntityChange(merge.id)).rejects.toThrow(/already undone/);
      expect(await s.entityChanges({ entityId: anna.id })).toHaveLength(1);
      await expect(s.mergeEntities({ keepId: ivan.id, otherId: ivan.id, reviewer: 'ana' })).rejects.toThrow(/into itself/);
      await expect(s.mergeEntities({ keepId: ivan.id, otherId: 9999, reviewer: 'ana' })).rejects.toThrow(/no entity 9999/);
    });

    it('splits some mentions off to a new entity and undoes it', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const b = await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const syl = await one(s, 'Sylvania');
      const all = ids(await s.mentions({ entityId: syl.id }));
      const inB = ids(await s.mentions({ entityId: syl.id, documentId: b.documentId }));
      expect(inB).toHaveLength(2);

      const split = await s.splitEntity({ entityId: syl.id, mentionIds: inB, name: 'Sylvania Province', type: 'PLACE', reviewer: 'bo' });
      expect(split).toMatchObject({ action: 'split', entityId: syl.id, entityName: 'Sylvania', otherName: 'Sylvania Province', moved: 2 });
      expect(ids(await s.mentions({ entityId: split.otherId }))).toEqual(inB);
      expect(ids(await s.mentions({ entityId: syl.id }))).toEqual(all.filter((id) => !inB.includes(id)));
      expect(await s.getEntity(split.otherId)).toMatchObject({ name: 'Sylvania Province', type: 'PLACE', mentionCount: 2 });

      await s.undoEntityChange(split.id);
      expect(ids(await s.mentions({ entityId: syl.id }))).toEqual(all);
      expect(await s.getEntity(split.otherId)).toBeNull();
      await expect(s.splitEntity({ entityId: syl.id, mentionIds: all, name: 'X', reviewer: 'bo' })).rejects.toThrow(/at least one mention/);
      await expect(s.splitEntity({ entityId: syl.id, mentionIds: [9999], name: 'X', reviewer: 'bo' })).rejects.toThrow(/m9999 do not name entity/);
    });

    it('removes the aliases a replaced version added, and keeps the knowledge files\' ones', async () => {
      const s = store();
      const x = extractionA();
      x.entities = x.entities.map((e) => (e.key === E.ministry.key ? { ...e, aliases: [...e.aliases, { alias: 'Zorgon Office', kind: 'name' }] } : e));
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), x, RUN);
      expect((await one(s, 'Ministry of Defence of Freedonia')).aliases.map((a) => a.alias)).toContain('Zorgon Office');
      expect((await s.findEntities('Zorgon Office')).length).toBe(1);
      await s.putDocument(makeDoc('a.txt', 'Doc A', `${TEXT_A} `), extractionA(), RUN);
      const ministry = await one(s, 'Ministry of Defence of Freedonia');
      expect(ministry.aliases.map((a) => a.alias)).not.toContain('Zorgon Office');
      expect(ministry.aliases.map((a) => a.alias)).toContain('Freedonian Ministry of Defence');
      expect(await s.findEntities('Zorgon Office')).toEqual([]);
      expect((await s.search('Zorgon Office', { limit: 5, offset: 0 })).entities.map((e) => e.id)).not.toContain(ministry.id);
      expect((await one(s, 'Freedonia')).aliases.map((a) => a.alias)).toContain('Freedonian');
    });
  });
}
