import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/document.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { extractionA, extractionA2, makeDoc, RUN, sentencesOf, TEXT_A, TEXT_A2 } from './fixtures.ts';

// Version 2 of document A: a sentence put in front, the order's figure changed (12 -> 16), the
// general's post no longer extracted. Every other fact is where it was, `LEAD.length` further on.
const LEAD = 'Sylvania later bought 3 radars. ';
const TEXT_A_V2 = LEAD + TEXT_A.replace('ordered 12 Falcon-9', 'ordered 16 Falcon-9');

function shifted<T extends { start: number; end: number; sentence: number }>(f: T): T {
  return { ...f, start: f.start + LEAD.length, end: f.end + LEAD.length, sentence: f.sentence + 1 };
}

function extractionAV2(): Extraction {
  const a = extractionA();
  const [q] = a.quantities;
  const at = TEXT_A_V2.indexOf('16 Falcon-9 helicopters');
  return {
    ...a,
    sentences: sentencesOf(TEXT_A_V2),
    mentions: [
      { start: 0, end: 8, quote: 'Sylvania', sentence: 0, rule: 'gazetteer.place', confidence: 0.9, entityKey: 'gz:country:sylvania' },
      ...a.mentions.map(shifted),
    ],
    quantities: [{ ...shifted(q!), start: at, end: at + '16 Falcon-9 helicopters'.length, quote: '16 Falcon-9 helicopters', value: 16 }],
    events: a.events.map(shifted),
    relations: [],
    claims: a.claims.map(shifted),
  };
}

async function idsByQuote(s: AtlasStore, documentId: number) {
  return new Map((await s.mentions({ documentId })).map((m) => [`${m.quote}@${m.rule}`, m.id]));
}

/** What a document is (its source path), what its versions keep, and what old fact references answer. */
export function contractVersions(makeStore: MakeStore): void {
  describe('document identity, versions and stable fact references', () => {
    const store = useStore(makeStore);

    it('stores the same text under two paths as two independent documents', async () => {
      const s = store();
      const a = await s.putDocument(makeDoc('/docs/a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const copy = await s.putDocument(makeDoc('/copies/a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      expect([a.status, copy.status]).toEqual(['added', 'added']);
      expect(copy.documentId).not.toBe(a.documentId);
      expect((await s.stats()).documents).toBe(2);
      expect((await s.findDocumentBySource('/copies/a.txt'))?.id).toBe(copy.documentId);
      const copyFacts = { mentions: await s.mentions({ documentId: copy.documentId }), quantities: await s.quantities({ documentId: copy.documentId }) };
      expect(copyFacts.mentions).toHaveLength(extractionA().mentions.length);

      // Editing one leaves the other's text and facts as they were.
      const edited = await s.putDocument(makeDoc('/docs/a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
      expect(edited).toMatchObject({ documentId: a.documentId, status: 'replaced', version: 2 });
      expect((await s.getDocument(copy.documentId))?.text).toBe(TEXT_A);
      expect(await s.mentions({ documentId: copy.documentId })).toEqual(copyFacts.mentions);
      expect(await s.quantities({ documentId: copy.documentId })).toEqual(copyFacts.quantities);
      expect((await s.search('helicopters', { limit: 5, offset: 0 })).sentences.items.map((h) => h.documentId)).toEqual([copy.documentId]);

      // And so does removing one.
      expect(await s.deleteDocument(a.documentId)).toBe(true);
      expect(await s.mentions({ documentId: copy.documentId })).toEqual(copyFacts.mentions);
      expect((await s.findEntities('Falcon-9'))[0]?.documentCount).toBe(1);
    });

    it('keeps the document id across versions, and does nothing for the same text again', async () => {
      const s = store();
      const v1 = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      expect(v1).toEqual({ documentId: v1.documentId, status: 'added', replacedDocumentId: null, version: 1, references: null });
      const v2 = await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), { ...RUN, startedAt: '2025-01-01T00:00:00.000Z' });
      expect(v2).toMatchObject({ documentId: v1.documentId, status: 'replaced', replacedDocumentId: v1.documentId, version: 2 });
      expect(await s.getDocument(v1.documentId)).toMatchObject({ version: 2, title: 'Doc A v2', text: TEXT_A2 });
      expect(await s.documentVersions(v1.documentId)).toMatchObject([
        { version: 1, title: 'Doc A', contentHash: makeDoc('a.txt', 'Doc A', TEXT_A).contentHash },
        { version: 2, title: 'Doc A v2', contentHash: makeDoc('a.txt', 'Doc A v2', TEXT_A2).contentHash },
      ]);
      const again = await s.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN);
      expect(again).toEqual({ documentId: v1.documentId, status: 'unchanged', replacedDocumentId: null, version: 2, references: null });
      expect((await s.documentVersions(v1.documentId)).length).toBe(2);
      expect((await s.stats()).documents).toBe(1);
    });

    it('keeps the references of facts whose rule, quote and context are unchanged, and says what became of the rest', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const before = await idsByQuote(s, documentId);
      const [q1] = await s.quantities({ documentId });
      const [r1] = await s.relations({ documentId });
      const [e1] = await s.events({ documentId });
      const [c1] = await s.claims({ documentId });

      const put = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A_V2), extractionAV2(), RUN);
      expect(put).toMatchObject({ documentId, status: 'replaced', version: 2 });
      const total = extractionA().mentions.length + 4;
      expect(put.references!.kept + put.references!.removed).toBe(total);
      expect(put.references!.removed).toBeGreaterThanOrEqual(2);

      // Far from both edits: same reference, new position.
      const after = await idsByQuote(s, documentId);
      for (const key of ['NTO@org.acronym', 'General Ivan Petrovsky@person.title', 'Freedonian@place.demonym']) {
        expect(after.get(key), key).toBe(before.get(key));
      }
      const nto = await s.getFact({ kind: 'mention', id: before.get('NTO@org.acronym')! });
      expect(nto?.fact).toMatchObject({ quote: 'NTO', start: TEXT_A_V2.indexOf('(NTO)') + 1 });
      expect((await s.getFact({ kind: 'event', id: e1!.id }))?.fact.start).toBe(e1!.start + LEAD.length);
      expect((await s.getFact({ kind: 'claim', id: c1!.id }))?.fact.quote).toBe(c1!.quote);
      // A new fact gets a new reference.
      const lead = (await s.mentions({ documentId })).find((m) => m.start === 0);
      expect(lead?.quote).toBe('Sylvania');
      expect([...before.values()]).not.toContain(lead!.id);

      // The changed figure: removed in version 2, its successor the figure at the same place.
      const [q2] = await s.quantities({ documentId });
      expect(q2!.id).not.toBe(q1!.id);
      expect(await s.getFact({ kind: 'quantity', id: q1!.id })).toBeNull();
      expect(await s.removedFact({ kind: 'quantity', id: q1!.id })).toEqual({
        ref: { kind: 'quantity', id: q1!.id }, documentId, documentTitle: 'Doc A', sourcePath: 'a.txt',
        removedInVersion: 2, rule: 'quantity.order', quote: '12 Falcon-9 helicopters', successor: { kind: 'quantity', id: q2!.id },
      });
      // A mention whose context changed but whose quote is still there leads to it.
      const falcon = await s.removedFact({ kind: 'mention', id: before.get('Falcon-9@catalog.equipment')! });
      expect(falcon?.successor).toEqual({ kind: 'mention', id: after.get('Falcon-9@catalog.equipment') });
      // A fact with nothing in its place.
      expect(await s.removedFact({ kind: 'relation', id: r1!.id })).toMatchObject({ removedInVersion: 2, successor: null });
      // Live facts and facts the store never had are not "removed".
      expect(await s.removedFact({ kind: 'mention', id: before.get('NTO@org.acronym')! })).toBeNull();
      expect(await s.removedFact({ kind: 'quantity', id: 9999 })).toBeNull();
    });

    it('gives a fact its old reference back when a later version has it again, and follows successors', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const [q1] = await s.quantities({ documentId });
      const [r1] = await s.relations({ documentId });
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A_V2), extractionAV2(), RUN);
      const [q2] = await s.quantities({ documentId });

      const v3 = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      expect(v3.version).toBe(3);
      expect(v3.references!.restored).toBeGreaterThanOrEqual(2);
      expect((await s.getFact({ kind: 'quantity', id: q1!.id }))?.fact.quote).toBe('12 Falcon-9 helicopters');
      expect((await s.getFact({ kind: 'relation', id: r1!.id }))?.fact.rule).toBe('relation.post');
      expect(await s.removedFact({ kind: 'quantity', id: q1!.id })).toBeNull();
      // Version 2's figure is gone again; its reference leads back to the restored one.
      expect(await s.removedFact({ kind: 'quantity', id: q2!.id })).toMatchObject({ removedInVersion: 3, successor: { kind: 'quantity', id: q1!.id } });

      // A successor removed later leads on to its own successor.
      const v4text = TEXT_A.replace('ordered 12 Falcon-9', 'ordered 20 Falcon-9');
      const v4 = extractionA();
      const at = v4text.indexOf('20 Falcon-9 helicopters');
      v4.quantities = [{ ...v4.quantities[0]!, start: at, end: at + 23, quote: '20 Falcon-9 helicopters', value: 20 }];
      await s.putDocument(makeDoc('a.txt', 'Doc A', v4text), v4, RUN);
      const [q4] = await s.quantities({ documentId });
      expect(await s.removedFact({ kind: 'quantity', id: q2!.id })).toMatchObject({ successor: { kind: 'quantity', id: q4!.id } });
      expect(await s.removedFact({ kind: 'quantity', id: q1!.id })).toMatchObject({ removedInVersion: 4, successor: { kind: 'quantity', id: q4!.id } });
    });

    it('forgets a deleted document\'s removed facts with it', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const [r1] = await s.relations({ documentId });
      await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A_V2), extractionAV2(), RUN);
      expect(await s.removedFact({ kind: 'relation', id: r1!.id })).not.toBeNull();
      await s.deleteDocument(documentId);
      expect(await s.removedFact({ kind: 'relation', id: r1!.id })).toBeNull();
      expect(await s.documentVersions(documentId)).toEqual([]);
    });
  });
}
