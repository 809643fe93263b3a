import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/model/errors.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B } from './fixtures.ts';

export function contractPutAndRead(makeStore: MakeStore): void {
  describe('put and read back', () => {
    const store = useStore(makeStore);

    it('counts mentions per document and reads sentences and titles in batches, as the one-at-a-time readers do', async () => {
      const s = store();
      const a = (await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN)).documentId;
      const b = (await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN)).documentId;
      const mentions = await s.mentions({});
      const ids = [...new Set(mentions.map((m) => m.entity.id))];
      const counted = await s.mentionCounts(ids);
      const expected = new Map<string, number>();
      for (const m of mentions) expected.set(`${m.documentId}:${m.entity.id}`, (expected.get(`${m.documentId}:${m.entity.id}`) ?? 0) + 1);
      expect(new Map(counted.map((c) => [`${c.documentId}:${c.entityId}`, c.count]))).toEqual(expected);
      expect(counted.map((c) => c.documentId)).toEqual([...counted.map((c) => c.documentId)].sort((x, y) => x - y));

      const some = [mentions.at(-1)!.id, mentions[0].id, 999999];
      expect(await s.mentionsByIds(some)).toEqual([mentions[0], mentions.at(-1)]);

      // Co-mentions: per other entity, the sentences both are named in, from the mentions themselves.
      const target = mentions[0].entity.id;
      const mine = new Set(mentions.filter((m) => m.entity.id === target).map((m) => `${m.documentId}:${m.sentence}`));
      const shared = new Map<number, Set<string>>();
      for (const m of mentions) {
        const k = `${m.documentId}:${m.sentence}`;
        if (m.entity.id !== target && mine.has(k)) shared.set(m.entity.id, (shared.get(m.entity.id) ?? new Set()).add(k));
      }
      expect(shared.size).toBeGreaterThan(0);
      expect(new Map((await s.coMentions(target)).map((c) => [c.entity.id, c.sentences]))).toEqual(new Map([...shared].map(([id, set]) => [id, set.size])));

      // A range of documents reads what a whole read gives for them, in the same order (the snapshot reads in slices).
      for (const documents of [{ from: a, to: a }, { from: b, to: b }, { from: Math.min(a, b), to: Math.max(a, b) }]) {
        const inRange = (f: { documentId: number }) => f.documentId >= documents.from && f.documentId <= documents.to;
        expect(await s.mentions({ documents })).toEqual(mentions.filter(inRange));
        expect(await s.quantities({ documents })).toEqual((await s.quantities({})).filter(inRange));
        expect(await s.events({ documents })).toEqual((await s.events({})).filter(inRange));
        expect(await s.relations({ documents })).toEqual((await s.relations({})).filter(inRange));
        expect(await s.links({ documents })).toEqual((await s.links({})).filter(inRange));
      }

      const refs = [{ documentId: a, sentence: 1 }, { documentId: b, sentence: 0 }, { documentId: a, sentence: 99 }];
      const texts = await s.sentenceTexts(refs);
      expect(texts).toHaveLength(2);
      for (const t of texts) expect(t.text).toBe((await s.sentence(t.documentId, t.sentence))!.text);
      expect((await s.documentTitles([b, a, 12345])).sort((x, y) => x.id - y.id)).toEqual([{ id: a, title: 'Doc A' }, { id: b, title: 'Doc B' }]);
    });

    it('lists document versions and entity records as the page-by-page readers give them, without counts', async () => {
      const s = store();
      const a = (await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN)).documentId;
      const b = (await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN)).documentId;
      expect(await s.documentStamps()).toEqual([{ id: a, version: 1 }, { id: b, version: 1 }]);
      const listed = (await s.listEntities({ limit: 1000, offset: 0 })).items;
      const records = await s.entityRecords();
      expect(new Map(records.map((r) => [r.id, r]))).toEqual(new Map(listed.map(({ mentionCount: _m, documentCount: _d, ...r }) => [r.id, r])));
      // By name, then id: the order listEntities keeps among entities mentioned equally often.
      const byName = listed.filter((e) => e.mentionCount === listed[0].mentionCount).map((e) => e.id);
      expect(records.map((r) => r.id).filter((id) => byName.includes(id))).toEqual(byName);
    });

    it('adds a document and reads back every fact kind with its entities', async () => {
      const s = store();
      const put = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      expect(put.status).toBe('added');
      expect(put.replacedDocumentId).toBeNull();
      const id = put.documentId;

      const stats = await s.stats();
      const x = extractionA();
      expect(stats).toMatchObject({
        documents: 1, sentences: x.sentences.length, entities: x.entities.length,
        mentions: x.mentions.length, quantities: 1, events: 1, relations: 1, claims: 1,
      });
      expect(stats.entitiesByType).toEqual({ PLACE: 2, ORG: 2, EQUIPMENT: 1, PERSON: 1 });

      const doc = await s.getDocument(id);
      expect(doc?.text).toBe(TEXT_A);
      expect(doc?.sentences).toEqual(x.sentences);
      expect(doc).toMatchObject({ sourcePath: 'a.txt', title: 'Doc A', format: 'txt', sentenceCount: 3, publishedDate: null });
      expect(await s.findDocumentByHash(doc!.contentHash)).toMatchObject({ id, sourcePath: 'a.txt' });
      expect(await s.findDocumentByHash('0'.repeat(64))).toBeNull();

      const [q] = await s.quantities({ documentId: id });
      expect(q).toMatchObject({
        value: 12, qualifier: 'exact', kind: 'equipment_order', status: 'ordered', quote: '12 Falcon-9 helicopters',
        subjectEntity: { name: 'Falcon-9', type: 'EQUIPMENT' }, holderEntity: { name: 'Ministry of Defence of Freedonia', type: 'ORG' },
        date: { start: '2015-03-01', end: '2015-03-31', precision: 'month' }, rule: 'quantity.order', confidence: 0.9, sentence: 0,
      });
      const [ev] = await s.events({ documentId: id });
      expect(ev).toMatchObject({ type: 'exercise', cooperation: 'exercise', title: 'Steppe Shield exercise', date: { precision: 'year' } });
      expect(ev!.participants.map((p) => [p.name, p.role])).toEqual([['Freedonia', 'actor'], ['Sylvania', 'partner']]);
      const [rel] = await s.relations({ documentId: id });
      expect(rel).toMatchObject({ subject: { name: 'Ivan Petrovsky' }, predicate: 'holds_post', object: { name: 'Ministry of Defence of Freedonia' }, label: 'Chief of the General Staff', validFrom: null });
      const [claim] = await s.claims({ documentId: id });
      expect(claim).toMatchObject({ kind: 'attribution', source: { name: 'Ivan Petrovsky', type: 'PERSON' }, date: null, sentence: 1 });
      const mentions = await s.mentions({ documentId: id });
      expect(mentions.map((m) => m.quote)).toEqual([...x.mentions].sort((a, b) => a.start - b.start).map((m) => m.quote));

      const nto = (await s.findEntities('NTO'))[0]!;
      expect(nto).toMatchObject({ name: 'Northern Treaty Organization', type: 'ORG', source: 'extracted', mentionCount: 2, documentCount: 1 });
      expect(nto.aliases).toContainEqual({ alias: 'NTO', kind: 'acronym' });
      expect(await s.getEntity(nto.id)).toEqual(nto);
      expect(await s.getEntity(999_999)).toBeNull();
    });

    it('stores every span so that the document text at its offsets is its quote', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const text = (await s.getDocument(documentId))!.text;
      const facts = [
        ...await s.mentions({ documentId }), ...await s.quantities({ documentId }), ...await s.events({ documentId }),
        ...await s.relations({ documentId }), ...await s.claims({ documentId }),
      ];
      expect(facts.length).toBe(extractionA().mentions.length + 4);
      for (const f of facts) {
        expect(text.slice(f.start, f.end)).toBe(f.quote);
        const sentence = await s.sentence(documentId, f.sentence);
        expect(sentence).not.toBeNull();
        expect(f.start).toBeGreaterThanOrEqual(sentence!.start);
        expect(f.end).toBeLessThanOrEqual(sentence!.end);
      }
      const s1 = await s.sentence(documentId, 1);
      expect(s1?.text).toBe(TEXT_A.slice(s1!.start, s1!.end));
      expect(s1?.text.startsWith('General Ivan Petrovsky')).toBe(true);
      expect(await s.sentence(documentId, 99)).toBeNull();
    });

    it('finds facts by reference and by the entity they involve in any role', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);

      const [q] = await s.quantities({});
      expect(await s.getFact({ kind: 'quantity', id: q!.id })).toEqual({ kind: 'quantity', fact: q });
      const [m] = await s.mentions({ limit: 1 });
      expect(await s.getFact({ kind: 'mention', id: m!.id })).toEqual({ kind: 'mention', fact: m });
      const [c] = await s.claims({});
      expect(await s.getFact({ kind: 'claim', id: c!.id })).toEqual({ kind: 'claim', fact: c });
      const [r] = await s.relations({});
      expect(await s.getFact({ kind: 'relation', id: r!.id })).toEqual({ kind: 'relation', fact: r });
      const evs = await s.events({});
      expect(await s.getFact({ kind: 'event', id: evs[1]!.id })).toEqual({ kind: 'event', fact: evs[1] });
      expect(await s.getFact({ kind: 'event', id: 999_999 })).toBeNull();

      const ministry = (await s.findEntities('Ministry of Defence of Freedonia', 'ORG'))[0]!;
      expect((await s.quantities({ entityId: ministry.id })).map((x) => x.value)).toEqual([12]); // as holder
      expect((await s.relations({ entityId: ministry.id })).map((x) => x.predicate)).toEqual(['holds_post']); // as object
      const sylvania = (await s.findEntities('Sylvania'))[0]!;
      expect((await s.events({ entityId: sylvania.id })).map((e) => e.title)).toEqual(['Steppe Shield exercise', 'NTO office opened']);
      expect((await s.mentions({ entityId: sylvania.id })).length).toBe(sylvania.mentionCount);
      expect(sylvania.mentionCount).toBe(3);
      expect(sylvania.documentCount).toBe(2);
      const ivan = (await s.findEntities('Ivan Petrovsky'))[0]!;
      expect((await s.claims({ entityId: ivan.id })).length).toBe(1);
      expect(await s.quantities({ entityId: ivan.id })).toEqual([]);
    });

    it('filters facts by document, kind, type, predicate, date range and limit', async () => {
      const s = store();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const b = await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      expect((await s.mentions({ documentId: b.documentId })).every((m) => m.documentId === b.documentId)).toBe(true);
      expect((await s.mentions({ documentId: b.documentId })).length).toBe(extractionB().mentions.length);
      expect((await s.mentions({ kind: 'PERSON' })).map((m) => m.entity.type)).toEqual(['PERSON', 'PERSON', 'PERSON']);
      expect((await s.mentions({ limit: 2 })).length).toBe(2);
      expect((await s.events({ type: 'opening' })).map((e) => e.documentId)).toEqual([b.documentId]);
      expect((await s.events({ kind: 'exercise' })).map((e) => e.documentId)).toEqual([a.documentId]);
      expect((await s.events({ from: '2016', to: '2016' })).map((e) => e.title)).toEqual(['Steppe Shield exercise']);
      expect((await s.events({ from: '2016-06', to: '2016-06-15' })).map((e) => e.title)).toEqual(['Steppe Shield exercise']);
      expect((await s.events({ from: '2017' })).map((e) => e.title)).toEqual(['NTO office opened']);
      expect((await s.events({ to: '2015-12' })).map((e) => e.title)).toEqual([]);
      await expect(s.events({ from: 'last year' })).rejects.toThrow(/YYYY/);
      expect((await s.relations({ predicate: 'holds_post' })).length).toBe(1);
      expect(await s.relations({ predicate: 'supplies' })).toEqual([]);
      expect((await s.quantities({ kind: 'equipment_order' })).length).toBe(1);
      expect(await s.claims({ kind: 'quote' })).toEqual([]);
    });

    it('lists documents and entities in pages, by type and by name or alias prefix', async () => {
      const s = store();
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);

      const docs = await s.listDocuments({ limit: 1, offset: 1 });
      expect(docs).toMatchObject({ total: 2, limit: 1, offset: 1 });
      expect(docs.items.map((d) => d.title)).toEqual(['Doc B']);

      const all = await s.listEntities({ limit: 1000, offset: 0 });
      expect(all.total).toBe((await s.stats()).entities);
      const p1 = await s.listEntities({ limit: 3, offset: 0 });
      const p2 = await s.listEntities({ limit: 3, offset: 3 });
      expect(p1.items.length).toBe(3);
      expect(p1.total).toBe(all.total);
      const ids = [...p1.items, ...p2.items].map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(all.items.slice(0, ids.length).map((e) => e.id));

      const people = await s.listEntities({ type: 'PERSON', limit: 50, offset: 0 });
      expect(people.items.map((e) => e.name).sort()).toEqual(['Anna Petrovsky', 'Ivan Petrovsky', 'Petrovsky']);
      expect((await s.listEntities({ query: 'north', limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual(['Northern Treaty Organization']);
      expect((await s.listEntities({ query: 'nto', limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual(['Northern Treaty Organization']);
      expect((await s.listEntities({ query: 'Freedonian Min', limit: 50, offset: 0 })).items.map((e) => e.name)).toEqual(['Ministry of Defence of Freedonia']);
      expect((await s.listEntities({ query: 'petro', type: 'PERSON', limit: 1, offset: 0 })).total).toBe(3);
      expect((await s.listEntities({ query: '"*(', limit: 50, offset: 0 })).total).toBe(0);
      await expect(s.listDocuments({ limit: 0, offset: 0 })).rejects.toBeInstanceOf(InvalidInput);
      await expect(s.listEntities({ limit: 10, offset: -1 })).rejects.toBeInstanceOf(InvalidInput);
      await expect(s.search('radar', { limit: 5000, offset: 0 })).rejects.toBeInstanceOf(InvalidInput);
    });
  });
}
