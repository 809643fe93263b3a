import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationView, ledgerView, renderEducation, renderLedger } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('educationView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('finds flows to foreign destinations and abroad', async () => {
    const v = await educationView(store);
    expect(v.flows.map((f) => [f.figure.value, f.destination?.name ?? null, f.domestic])).toEqual([
      [200, 'United States', false],
      [120, null, false],
    ]);
    expect(v.flows[0].event).toMatch(/^e\d+$/);
  });

  it('computes attrition from "of the N ..., M resigned"', async () => {
    const v = await educationView(store);
    expect(v.outcomes).toHaveLength(1);
    expect(v.outcomes[0]).toMatchObject({ kind: 'attrition', rate: 25, cohort: { value: 200 }, outcome: { value: 50 }, destination: { name: 'United States' } });
    expect(renderEducation(v)).toContain('attrition 25%: 50 of 200 (United States)');
  });

  it('tells domestic schools and retention apart', async () => {
    const text = 'In 2012, 80 cadets studied at the Freedonian Defense Academy. Of the 80 cadets, 72 remained in service.';
    const b = new DocBuilder('academy.txt', text);
    const fr = b.entity('gz:fr', 'PLACE', 'Freedonia', { kind: 'country' }, [{ alias: 'Freedonian', kind: 'demonym' }]);
    const acad = b.entity('x:ORG:acad', 'ORG', 'Freedonian Defense Academy', { country: 'Freedonia', kind: 'academy' });
    b.mentions(fr, 'Freedonia').mentions(acad, 'Freedonian Defense Academy');
    b.quantity('80 cadets', { value: 80, kind: 'personnel', unit: 'cadets', subject: 'cadets', date: D.year(2012) })
      .quantity('80 cadets', { value: 80, kind: 'personnel', unit: 'cadets', subject: 'cadets' }, { nth: 1 })
      .quantity('72', { value: 72, kind: 'personnel', unit: 'cadets', subject: 'cadets who remained' }, { within: '72 remained' })
      .event('In 2012, 80 cadets studied at the Freedonian Defense Academy', { type: 'education', date: D.year(2012), title: 'cadets study at the academy', participants: [[acad, 'location']] });
    const s = await storeWith(b);
    const v = await educationView(s);
    expect(v.flows[0]).toMatchObject({ domestic: true, destination: { name: 'Freedonian Defense Academy' }, date: { label: '2012' } });
    expect(v.outcomes.map((o) => [o.kind, o.rate])).toEqual([['retention', 90]]);
    await s.close();
  });
});

describe('ledgerView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('collects every figure for a holder entity and keeps competing values', async () => {
    const v = await ledgerView(store, 'Army');
    expect(v.entities.map((e) => e.name)).toEqual(['Army']);
    expect(v.figures.map((f) => f.value)).toEqual([40000, 41000]);
    expect(v.figures[1].sentenceText).toBe('The Army had 41,000 troops in 2010.');
    expect(v.figures[0].documentTitle).toBe('Freedonia defense review');
    expect(v.groups).toEqual([expect.objectContaining({ values: [40000, 41000], competing: true })]);
  });

  it('matches words of the subject text, and an equipment model by its entity', async () => {
    expect((await ledgerView(store, 'troops')).figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([9000, 40000, 41000]);
    const hawk = await ledgerView(store, 'Hawk-7');
    expect(hawk.figures.map((f) => [f.value, f.status])).toEqual([[20, 'in service'], [30, 'planned']]);
    expect(hawk.groups.every((g) => !g.competing)).toBe(true);
    expect(renderLedger(hawk)).toContain('Ledger for "Hawk-7": 2 figures');
    await expect(ledgerView(store, '  ')).rejects.toThrow(/needs a subject/);
  });
});
