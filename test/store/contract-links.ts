import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/document.ts';
import { StoreError } from '../../src/model/errors.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { ev, extractionA, makeDoc, RUN, TEXT_A } from './fixtures.ts';

/** Document A with two links: a cue on its figure, and the figure → the mention of its holder. */
function withLinks(): Extraction {
  const x = extractionA();
  return {
    ...x,
    links: [
      { ...ev(TEXT_A, '12 Falcon-9 helicopters', 'links.test-cue'), type: 'money_category', from: { kind: 'quantity', index: 0 }, to: null, value: 'purchase', number: null },
      { ...ev(TEXT_A, 'Ministry of Defence of Freedonia', 'links.test-pair'), type: 'held_by', from: { kind: 'quantity', index: 0 }, to: { kind: 'mention', index: 0 }, value: null, number: 2 },
      { ...ev(TEXT_A, 'Steppe Shield', 'links.test-event'), type: 'repeat', from: { kind: 'event', index: 0 }, to: null, value: 'any', number: null },
    ],
  };
}

export function contractLinks(makeStore: MakeStore): void {
  describe('links between facts', () => {
    const store = useStore(makeStore);

    it('stores links with their ends as stored fact ids, and explains one by its ref', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), withLinks(), RUN);
      const [q] = await s.quantities({ documentId });
      const [m] = await s.mentions({ documentId });
      const [e] = await s.events({ documentId });
      const links = (await s.links({ documentId })).sort((a, b) => a.type.localeCompare(b.type));
      expect(links.map((l) => [l.type, l.from, l.to, l.value, l.number, l.rule])).toEqual([
        ['held_by', { kind: 'quantity', id: q.id }, { kind: 'mention', id: m.id }, null, 2, 'links.test-pair'],
        ['money_category', { kind: 'quantity', id: q.id }, null, 'purchase', null, 'links.test-cue'],
        ['repeat', { kind: 'event', id: e.id }, null, 'any', null, 'links.test-event'],
      ]);
      expect((await s.links({ type: 'repeat' })).map((l) => l.quote)).toEqual(['Steppe Shield']);
      const fact = await s.getFact({ kind: 'link', id: links[0].id });
      expect(fact?.kind).toBe('link');
      expect(fact?.fact.quote).toBe('Ministry of Defence of Freedonia');
    });

    it('removes a document\'s links with it', async () => {
      const s = store();
      const { documentId } = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), withLinks(), RUN);
      expect(await s.deleteDocument(documentId)).toBe(true);
      expect(await s.links({})).toEqual([]);
    });

    it('refuses a link that points at a fact the extraction does not have', async () => {
      const x = withLinks();
      x.links![0] = { ...x.links![0], from: { kind: 'quantity', index: 5 } };
      await expect(store().putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), x, RUN)).rejects.toThrow(StoreError);
      expect(await store().links({})).toEqual([]);
    });
  });
}
