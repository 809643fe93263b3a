import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { educationView, forcesView, inventoryView, ledgerView, moneyView, partnersView, peopleView } from '../../src/analysis/index.ts';
import type { ForceNode } from '../../src/model/analysis.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { ingestedStore } from './helpers/ingest-fixture.ts';

// Each view on a short synthetic document run through the real pipeline (test/fixtures/views/<view>/).
function withFixture(dir: string, body: (get: () => AtlasStore) => void) {
  describe(`${dir} fixture through the pipeline`, () => {
    let ctx: Awaited<ReturnType<typeof ingestedStore>>;
    beforeAll(async () => { ctx = await ingestedStore(dir); });
    afterAll(async () => { await ctx.close(); });
    body(() => ctx.store);
  });
}

const flatten = (nodes: ForceNode[]): ForceNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

withFixture('forces', (store) => {
  it('puts the branches under the armed forces with their strengths', async () => {
    const v = await forcesView(store());
    expect(v.country?.name).toBe('Uzbekistan');
    const all = flatten(v.roots);
    const armed = all.find((n) => n.entity.name === 'Armed Forces of Uzbekistan')!;
    const ground = armed.children.find((n) => n.entity.name === 'Ground Forces')!;
    expect(ground.personnel.map((f) => f.value)).toEqual([24500]);
    expect(armed.children.find((n) => /Air Defense/.test(n.entity.name))?.personnel.map((f) => f.value)).toEqual([7500]);
  });
  it('keeps housing and cadet figures out of strengths, and a figure of another clause off the branch', async () => {
    const v = await forcesView(store());
    const values = [...v.personnel, ...flatten(v.roots).flatMap((n) => n.personnel)].map((f) => f.value);
    expect(values).not.toContain(1200);
    expect(values).not.toContain(300);
    const special = flatten(v.roots).find((n) => n.entity.name === 'Special Operations Forces');
    expect(special?.personnel ?? []).toEqual([]);
    // Conscripts are a category of the force, not its whole strength.
    expect(v.personnel.map((f) => f.value)).not.toContain(30000);
  });
});

withFixture('inventory', (store) => {
  it('checks the stated aircraft total against its listed models', async () => {
    const v = await inventoryView(store());
    expect(v.statedTotals).toHaveLength(1);
    const t = v.statedTotals[0];
    expect(t.total.value).toBe(18);
    expect(t.parts.map((p) => p.value)).toEqual([8, 12]);
    expect(t.sum).toBe(20);
    expect(t.consistent).toBe(false);
    // A total whose parts are listed is not counted again in the role sums.
    expect(v.byRole.some((r) => r.key === 'combat aircraft')).toBe(false);
    expect(v.byStatus.find((s) => s.key === 'on order')?.count).toBe(2);
  });
});

withFixture('money', (store) => {
  it('converts with the rate the paired figures imply and leaves other years unconverted', async () => {
    const v = await moneyView(store());
    const r2015 = v.rows.find((r) => r.year === 2015)!;
    expect(r2015.currency).toBe('AMD');
    expect(r2015.usd?.method).toBe('paired');
    expect(r2015.usd?.rate).toBeCloseTo(200e9 / 420e6, 2);
    expect(v.impliedRates.map((r) => r.year)).toEqual([2015]);
    const r2016 = v.rows.find((r) => r.year === 2016)!;
    expect(r2016.figure.value).toBe(210e9);
    expect(r2016.usd).toBeNull();
    expect(v.shareOfGdp.map((f) => f.value)).toEqual([4]);
  });
});

withFixture('partners', (store) => {
  it('groups the US and NATO into the west vector and Russia into the russia vector, per year', async () => {
    const v = await partnersView(store());
    const vectorOf = (name: string) => v.partners.find((p) => p.partner.name === name)?.vector;
    expect(vectorOf('United States')).toBe('west');
    expect(vectorOf('NATO')).toBe('west');
    expect(vectorOf('Russia')).toBe('russia');
    const cell = (year: number, vector: string) => v.years.find((y) => y.year === year)?.cells.find((c) => c.vector === vector)?.count ?? 0;
    expect(cell(2005, 'west')).toBe(1);
    expect(cell(2007, 'russia')).toBe(1);
    expect(cell(2007, 'west')).toBe(1);
  });
  it('lists a partner named only beside words of cooperation (China), with no event', async () => {
    const v = await partnersView(store());
    const china = v.partners.find((p) => p.partner.name === 'China');
    expect(china?.vector).toBe('china');
    expect(china?.count).toBe(0);
    expect(china?.statements).toBeGreaterThan(0);
  });
});

withFixture('people', (store) => {
  it('lists the ministers in turn with the year each was appointed', async () => {
    const v = await peopleView(store());
    const post = v.posts.find((p) => p.holders.length > 1)!;
    expect(post.holders.map((h) => [h.person.name, h.from.date?.start.slice(0, 4), h.basis])).toEqual([
      ['Safar Abiyev', '1995', 'appointment'],
      ['Zakir Hasanov', '2013', 'appointment'],
    ]);
  });
});

withFixture('education', (store) => {
  it('computes attrition for each cohort with its destination', async () => {
    const v = await educationView(store());
    const rates = v.outcomes.map((o) => [o.destination?.name, o.kind, o.rate]);
    expect(rates).toEqual([['Russia', 'attrition', 30], ['China', 'attrition', 15]]);
  });
});

withFixture('audit-population', (store) => {
  it('ledger lists the two competing figures for the officers educated in one country', async () => {
    const v = await ledgerView(store(), 'Kyrgyz officers');
    const officers = v.figures.filter((f) => f.unit === 'officers').map((f) => f.value);
    expect(officers).toEqual(expect.arrayContaining([120, 260]));
  });
});
