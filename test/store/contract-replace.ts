import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/model/errors.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import {
  EB, extractionA, extractionA2, extractionB, makeDoc, RUN, TEXT_A, TEXT_A2, TEXT_B,
} from './fixtures.ts';

async function snapshot(s: AtlasStore) {
  return {
    stats: await s.stats(),
    docs: await s.listDocuments({ limit: 100, offset: 0 }),
    entities: await s.listEntities({ limit: 1000, offset: 0 }),
    mentions: await s.mentions({}),
  };
}

export function contractReplace(makeStore: MakeStore): void {
  describe('replacement, deletion and failure', () => {
    const store = useStore(makeStore);

    it('leaves identical content unchanged and writes nothing', async () => {
      const s = store();
      const first = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const before = await snapshot(s);
      const again = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), { ...RUN, startedAt: '2025-01-01T00:00:00.000Z' });
      expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', replacedDocumentId: null, version: 1, references: null });
      expect(await snapshot(s)).toEqual(before);
    });

    it('raises the generation on every write and on nothing else', async () => {
      const s = store();
      const g0 = await s.generation();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const g1 = await s.generation();
      expect(g1).toBeGreaterThan(g0);
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.listEntities({ limit: 10, offset: 0 });
      expect(await s.generation()).toBe(g1);
      await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
      const g2 = await s.generation();
      expect(g2).toBeGreaterThan(g1);
      await s.moveDocument(a.documentId, 'moved.txt');
      const g3 = await s.generation();
      expect(g3).toBeGreaterThan(g2);
      await s.deleteDocument(a.documentId);
      expect(await s.generation()).toBeGreaterThan(g3);
    });

    it('replaces an edited document: old facts gone, shared entities kept, orphans removed', async () => {
      const s = store();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const ministryBefore = (await s.findEntities('Ministry of Defence of Freedonia'))[0]!;
      const ntoBefore = (await s.findEntities('NTO'))[0]!;

      const put = await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
      expect(put.status).toBe('replaced');
      // A new version of the same document: same id, and only the new version's facts.
      expect(put).toMatchObject({ documentId: a.documentId, replacedDocumentId: a.documentId, version: 2 });
      expect((await s.getDocument(a.documentId))?.text).toBe(TEXT_A2);
      expect((await s.mentions({ documentId: a.documentId })).map((m) => m.quote).sort())
        .toEqual(extractionA2().mentions.map((m) => m.quote).sort());

      const docs = await s.listDocuments({ limit: 10, offset: 0 });
      expect(docs.items.map((d) => d.title).sort()).toEqual(['Doc A v2', 'Doc B']);
      expect((await s.quantities({})).map((q) => q.value)).toEqual([14]);
      expect((await s.events({})).map((e) => e.title)).toEqual(['NTO office opened']);
      expect(await s.relations({})).toEqual([]);
      expect(await s.claims({})).toEqual([]);

      // Entities still mentioned keep their ids; those only the old version mentioned are gone.
      expect((await s.findEntities('Ministry of Defence of Freedonia'))[0]?.id).toBe(ministryBefore.id);
      expect((await s.findEntities('NTO'))[0]?.id).toBe(ntoBefore.id);
      expect((await s.findEntities('Sylvania'))[0]?.documentCount).toBe(2);
      expect(await s.findEntities('Falcon-9')).toEqual([]);
      expect(await s.findEntities('Ivan Petrovsky')).toEqual([]);
      expect(await s.findEntities('Freedonia', 'PLACE')).toEqual([]);
      expect((await s.findEntities('Raven'))[0]?.mentionCount).toBe(1);
      const stats = await s.stats();
      expect(stats.entities).toBe((await s.listEntities({ limit: 1000, offset: 0 })).items.filter((e) => e.mentionCount > 0).length);
      expect(stats.mentions).toBe(extractionA2().mentions.length + extractionB().mentions.length);
      // Search sees only the current text.
      expect((await s.search('helicopters', { limit: 10, offset: 0 })).sentences.total).toBe(0);
      expect((await s.search('trucks', { limit: 10, offset: 0 })).sentences.items[0]?.documentId).toBe(put.documentId);
    });

    it('deletes a document with its facts and the entities only it mentioned', async () => {
      const s = store();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      expect(await s.deleteDocument(a.documentId)).toBe(true);
      expect(await s.deleteDocument(a.documentId)).toBe(false);
      const stats = await s.stats();
      expect(stats).toMatchObject({ documents: 1, quantities: 0, relations: 0, claims: 0, events: 1, mentions: extractionB().mentions.length });
      expect(stats.entities).toBe(extractionB().entities.length);
      expect((await s.findEntities('NTO'))[0]).toMatchObject({ name: 'Northern Treaty Organization', documentCount: 1 });
      expect((await s.search('Northern', { limit: 5, offset: 0 })).entities.map((e) => e.name)).toEqual(['Northern Treaty Organization']);
      expect((await s.search('Falcon', { limit: 5, offset: 0 })).entities).toEqual([]);
    });

    it('rejects a bad span naming the fact and leaves the store unchanged', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const before = await snapshot(s);

      const bad = extractionA2();
      bad.quantities[0] = { ...bad.quantities[0]!, end: bad.quantities[0]!.end + 1 };
      const err = await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), bad, RUN).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(/quantity 0 .*14 Raven trucks/);

      const unknownKey = extractionB();
      unknownKey.mentions.push({ ...unknownKey.mentions[0]!, entityKey: 'x:ORG:nobody' });
      await expect(s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), unknownKey, RUN)).rejects.toThrow(/x:ORG:nobody/);

      const badHash = { ...makeDoc('b.txt', 'Doc B', TEXT_B), contentHash: 'f'.repeat(64) };
      await expect(s.putDocument(badHash, extractionB(), RUN)).rejects.toThrow(/sha256/);
      await expect(s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), { ...extractionB(), mentions: 'none' } as never, RUN)).rejects.toThrow(StoreError);

      expect(await snapshot(s)).toEqual(before);
      expect(await s.findEntities(EB.anna.name)).toEqual([]);
    });
  });
}
