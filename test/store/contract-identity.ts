import { describe, expect, it } from 'vitest';
import type { MakeStore } from './store.contract.ts';
import { useStore } from './store.contract.ts';
import { emptyExtraction, entity, ev, extractionA, extractionB, makeDoc, RUN, TEXT_A, TEXT_B } from './fixtures.ts';

/** How entities are recognized as the same thing across documents. */
export function contractIdentity(makeStore: MakeStore): void {
  describe('entity identity across documents', () => {
    const store = useStore(makeStore);

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
  });
}
