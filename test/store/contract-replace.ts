import { describe, expect, it } from 'vitest';
import { StoreError } from '../../src/model/errors.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import {
  EB, entity, ev, extractionA, extractionA2, extractionB, makeDoc, emptyExtraction, RUN, TEXT_A, TEXT_A2, TEXT_B,
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
  describe('identity, replacement and failure', () => {
    const store = useStore(makeStore);

    it('leaves identical content unchanged and writes nothing', async () => {
      const s = store();
      const first = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const before = await snapshot(s);
      const again = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), { ...RUN, startedAt: '2025-01-01T00:00:00.000Z' });
      expect(again).toEqual({ documentId: first.documentId, status: 'unchanged', replacedDocumentId: null });
      // The same text under another path is the same document too.
      expect((await s.putDocument(makeDoc('copy/a.txt', 'Copy', TEXT_A), extractionA(), RUN)).status).toBe('unchanged');
      expect(await snapshot(s)).toEqual(before);
    });

    it('resolves entities across documents by acronym and alias, never by a bare surname', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);

      const nto = await s.findEntities('NTO', 'ORG');
      expect(nto.map((e) => e.name)).toEqual(['Northern Treaty Organization']);
      expect(nto[0]).toMatchObject({ mentionCount: 3, documentCount: 2 });
      expect((await s.findEntities('Sylvania')).length).toBe(1);

      const people = (await s.listEntities({ type: 'PERSON', limit: 50, offset: 0 })).items;
      expect(people.map((p) => p.name).sort()).toEqual(['Anna Petrovsky', 'Ivan Petrovsky', 'Petrovsky']);
      expect(people.every((p) => p.documentCount === 1)).toBe(true);
      // Looking a surname up still finds everyone who bears it.
      expect((await s.findEntities('Petrovsky', 'PERSON')).length).toBe(3);

      // A later document that names the organization in full and by a title form joins the same entity.
      const text = 'The Northern Treaty Organisation staff met the Freedonian Ministry of Defence.';
      const org = entity('x:ORG:northern-treaty-organisation', 'ORG', 'Northern Treaty Organisation', [{ alias: 'NTO', kind: 'acronym' }]);
      const ministry = entity('x:ORG:freedonian-ministry-of-defence', 'ORG', 'Freedonian Ministry of Defence');
      await s.putDocument(makeDoc('c.txt', 'Doc C', text), {
        ...emptyExtraction(text),
        entities: [org, ministry],
        mentions: [
          { ...ev(text, 'Northern Treaty Organisation'), entityKey: org.key },
          { ...ev(text, 'Freedonian Ministry of Defence'), entityKey: ministry.key },
        ],
      }, RUN);
      const merged = (await s.findEntities('Northern Treaty Organisation'))[0]!;
      expect(merged.id).toBe(nto[0]!.id);
      expect(merged.aliases.map((a) => a.alias)).toContain('Northern Treaty Organisation');
      expect(merged.documentCount).toBe(3);
      expect((await s.findEntities('Freedonian Ministry of Defence'))[0]?.name).toBe('Ministry of Defence of Freedonia');
      expect((await s.stats()).entitiesByType.ORG).toBe(2);
    });

    it('lets a gazetteer entity adopt a matching extracted one, but keeps two gazetteer ids apart', async () => {
      const s = store();
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const before = (await s.findEntities('NTO'))[0]!;
      expect(before).toMatchObject({ name: 'NTO', source: 'extracted' });

      const text = 'The Northern Treaty Organization (NTO) and the Nordic Trade Office (NTO) met.';
      const gzOrg = entity('gz:org:nto', 'ORG', 'Northern Treaty Organization', [{ alias: 'NTO', kind: 'acronym' }], 'gazetteer');
      const other = entity('gz:org:nordic-trade-office', 'ORG', 'Nordic Trade Office', [{ alias: 'NTO', kind: 'acronym' }], 'gazetteer');
      await s.putDocument(makeDoc('e.txt', 'Doc E', text), {
        ...emptyExtraction(text),
        entities: [gzOrg, other],
        mentions: [
          { ...ev(text, 'Northern Treaty Organization'), entityKey: gzOrg.key },
          { ...ev(text, 'Nordic Trade Office'), entityKey: other.key },
        ],
      }, RUN);
      const adopted = await s.getEntity(before.id);
      expect(adopted).toMatchObject({ name: 'Northern Treaty Organization', source: 'gazetteer', documentCount: 2 });
      expect(adopted!.aliases.map((a) => a.alias)).toContain('NTO');
      expect((await s.findEntities('NTO')).map((e) => e.name).sort()).toEqual(['Nordic Trade Office', 'Northern Treaty Organization']);
    });

    it('does not merge entities of different types that share a name', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const text = 'The Falcon-9 unit paraded.';
      const unit = entity('x:ORG:falcon-9', 'ORG', 'Falcon-9');
      await s.putDocument(makeDoc('d.txt', 'Doc D', text), {
        ...emptyExtraction(text), entities: [unit], mentions: [{ ...ev(text, 'Falcon-9'), entityKey: unit.key }],
      }, RUN);
      expect((await s.findEntities('Falcon-9')).map((e) => e.type).sort()).toEqual(['EQUIPMENT', 'ORG']);
    });

    it('replaces an edited document: old facts gone, shared entities kept, orphans removed', async () => {
      const s = store();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const ministryBefore = (await s.findEntities('Ministry of Defence of Freedonia'))[0]!;
      const ntoBefore = (await s.findEntities('NTO'))[0]!;

      const put = await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
      expect(put.status).toBe('replaced');
      expect(put.replacedDocumentId).toBe(a.documentId);
      expect(put.documentId).not.toBe(a.documentId);
      expect(await s.getDocument(a.documentId)).toBeNull();
      expect(await s.mentions({ documentId: a.documentId })).toEqual([]);

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
