import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forcesView, renderForces } from '../../src/analysis/index.ts';
import type { ForceNode } from '../../src/model/analysis.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

const find = (nodes: ForceNode[], name: string): ForceNode | undefined => {
  for (const n of nodes) {
    if (n.entity.name === name) return n;
    const hit = find(n.children, name);
    if (hit) return hit;
  }
  return undefined;
};

describe('forcesView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('defaults to the most mentioned country and builds the tree from relations and parent attributes', async () => {
    const v = await forcesView(store);
    expect(v.country?.name).toBe('Freedonia');
    const af = v.roots.find((r) => r.entity.name === 'Armed Forces of Freedonia')!;
    expect(af.children.map((c) => c.entity.name).sort()).toEqual(['Air Force', 'Army']);
    const army = find(v.roots, 'Army')!;
    expect(army.link).toMatch(/^r\d+$/);
    expect(army.children.map((c) => c.entity.name)).toEqual(['Northern Command']);
    expect(find(v.roots, 'Air Force')!.link).toBe('attribute:parent');
  });

  it('attaches dated personnel strengths and post holders to their organizations', async () => {
    const v = await forcesView(store);
    const army = find(v.roots, 'Army')!;
    expect(army.personnel.map((p) => [p.value, p.qualifier, p.dateLabel])).toEqual([[40000, 'about', '2010'], [41000, 'exact', '2010']]);
    expect(army.posts).toMatchObject([{ person: { name: 'Anna Berg' }, post: 'Commander', from: { label: 'Mar 2010' } }]);
    expect(find(v.roots, 'Northern Command')!.personnel[0].value).toBe(9000);
  });

  it('keeps foreign and international organizations out', async () => {
    const v = await forcesView(store);
    expect(find(v.roots, 'North Atlantic Treaty Organization')).toBeUndefined();
    const forRussia = await forcesView(store, { country: 'Russia' });
    expect(forRussia.country?.name).toBe('Russia');
    expect(find(forRussia.roots, 'Army')).toBeUndefined();
    await expect(forcesView(store, { country: 'Atlantis' })).rejects.toThrow(/no country named/);
  });

  it('renders an indented tree', async () => {
    const text = renderForces(await forcesView(store));
    expect(text).toMatch(/Armed Forces of Freedonia[^\n]*\n\s+└ Army \(branch\) — ~40,000 troops \(2010\)/);
    expect(text).toContain('Commander: Anna Berg from Mar 2010');
  });
});
