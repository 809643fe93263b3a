import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryView, renderInventory } from '../../src/analysis/index.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('inventoryView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('lists equipment by holder with status, role and origin from the catalog attributes', async () => {
    const v = await inventoryView(store);
    const air = v.holders.find((h) => h.holder?.name === 'Air Force')!;
    const kite = air.items.find((i) => i.model?.name === 'Kite-3')!;
    expect(kite).toMatchObject({ status: 'in service', role: 'fighter', origin: 'Russia', count: { value: 25 } });
    expect(air.items.filter((i) => i.model?.name === 'Hawk-7').map((i) => i.status)).toEqual(['in service', 'planned']);
  });

  it('checks a stated total against its listed parts', async () => {
    const [check] = (await inventoryView(store)).statedTotals;
    expect(check.total.value).toBe(60);
    expect(check.parts.map((p) => p.value)).toEqual([20, 25, 15]);
    expect(check).toMatchObject({ sum: 60, difference: 0, consistent: true });
  });

  it('totals held equipment by role and origin without counting a total beside its parts', async () => {
    const v = await inventoryView(store);
    // 20 + 25 fighters held (the 30 planned are not held); the total of 60 is not added again.
    expect(v.byRole.find((t) => t.key === 'fighter')?.count).toBe(45);
    expect(v.byOrigin.find((t) => t.key === 'France')?.count).toBe(15);
    expect(v.byStatus.find((t) => t.key === 'planned')?.count).toBe(30);
    expect(renderInventory(v)).toContain('vs parts 20 + 25 + 15 = 60: consistent');
  });
});
