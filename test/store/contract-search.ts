import { describe, expect, it } from 'vitest';
import { InvalidInput } from '../../src/model/errors.ts';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { emptyExtraction, extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B, TEXT_RANK } from './fixtures.ts';

const PAGE = { limit: 10, offset: 0 };

export function contractSearch(makeStore: MakeStore): void {
  describe('search', () => {
    const store = useStore(makeStore);

    async function seed() {
      const s = store();
      const a = await s.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      const b = await s.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
      const r = await s.putDocument(makeDoc('r.txt', 'Radar notes', TEXT_RANK), emptyExtraction(TEXT_RANK), RUN);
      return { s, a: a.documentId, b: b.documentId, r: r.documentId };
    }

    it('finds sentences with their offsets, document and a [[ ]] snippet', async () => {
      const { s, a } = await seed();
      const res = await s.search('helicopters', PAGE);
      expect(res.sentences.total).toBe(1);
      const [hit] = res.sentences.items;
      expect(hit).toMatchObject({ documentId: a, documentTitle: 'Doc A', sentence: 0 });
      expect(hit!.text).toBe(TEXT_A.slice(hit!.start, hit!.end));
      expect(hit!.snippet).toContain('[[helicopters]]');
      expect(hit!.snippet.replace(/\[\[|\]\]/g, '')).toBe(hit!.text);
    });

    it('ranks the sentence dense in the term first', async () => {
      const { s, r } = await seed();
      const res = await s.search('radar', PAGE);
      expect(res.sentences.total).toBe(2);
      expect(res.sentences.items.map((h) => [h.documentId, h.sentence])).toEqual([[r, 0], [r, 1]]);
      expect(res.sentences.items[0]!.rank).toBeGreaterThan(res.sentences.items[1]!.rank);
      expect(res.sentences.items[0]!.snippet.match(/\[\[radar\]\]/gi)?.length).toBe(3);
    });

    it('prefers sentences holding every term', async () => {
      const { s, a } = await seed();
      const res = await s.search('Sylvania exercise', PAGE);
      expect(res.sentences.items[0]).toMatchObject({ documentId: a, sentence: 2 });
      expect(res.sentences.items[0]!.snippet).toMatch(/\[\[Sylvania\]\].*\[\[exercise\]\]/);
    });

    it('returns entities whose names or aliases match', async () => {
      const { s } = await seed();
      expect((await s.search('NTO', PAGE)).entities.map((e) => e.name)).toEqual(['Northern Treaty Organization']);
      const people = (await s.search('Petrovsky', PAGE)).entities.map((e) => e.name).sort();
      expect(people).toEqual(['Anna Petrovsky', 'Ivan Petrovsky', 'Petrovsky']);
      expect((await s.search('falc', PAGE)).entities.map((e) => e.name)).toEqual(['Falcon-9']);
    });

    it('pages through sentence hits', async () => {
      const { s } = await seed();
      const all = await s.search('Sylvania', { limit: 100, offset: 0 });
      expect(all.sentences.total).toBe(3);
      const p1 = await s.search('Sylvania', { limit: 2, offset: 0 });
      const p2 = await s.search('Sylvania', { limit: 2, offset: 2 });
      expect(p1.sentences).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(p1.sentences.items.length).toBe(2);
      expect(p2.sentences.items.length).toBe(1);
      expect([...p1.sentences.items, ...p2.sentences.items]).toEqual(all.sentences.items);
    });

    it('treats any input as text, never as query syntax', async () => {
      const { s } = await seed();
      const weird = ['"', '*', 'AND(', 'NEAR(radar', 'radar OR', 'NOT radar', '-radar', 'text:radar', '^radar', ')))', "'", '"radar', 'radar"*', 'Falcon-9', '{a b}', '\\', '\u0000', '∑∂'];
      for (const q of weird) {
        const res = await s.search(q, PAGE);
        expect(res.sentences.total).toBeGreaterThanOrEqual(0);
      }
      expect((await s.search('-radar', PAGE)).sentences.total).toBe(2);
      expect((await s.search('text:radar', PAGE)).sentences.total).toBe(0);
      expect((await s.search('Falcon-9', PAGE)).sentences.items[0]?.snippet).toMatch(/\[\[Falcon/);
    });

    it('rejects an empty query', async () => {
      const { s } = await seed();
      await expect(s.search('', PAGE)).rejects.toBeInstanceOf(InvalidInput);
      await expect(s.search('   ', PAGE)).rejects.toBeInstanceOf(InvalidInput);
    });
  });
}
