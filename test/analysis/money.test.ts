import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moneyView, renderMoney } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('moneyView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('pairs a local figure with the USD figure beside it and derives the implied rate', async () => {
    const v = await moneyView(store);
    expect(v.impliedRates.map((r) => [r.currency, r.year, r.rate])).toEqual([['KZT', 2009, 150], ['KZT', 2009, 150]]);
    const budget = v.rows.find((r) => r.figure.subject === 'defense budget')!;
    expect(budget).toMatchObject({ category: 'budget', currency: 'KZT', year: 2009, usd: { usd: 2e9, method: 'paired', rate: 150 } });
    // The USD twin is not a second budget.
    expect(v.rows.filter((r) => r.figure.subject === 'defense budget')).toHaveLength(1);
  });

  it('leaves a figure unconverted when no document states a rate for its currency and year', async () => {
    const v = await moneyView(store);
    const spending = v.rows.find((r) => r.figure.subject === 'defense spending')!;
    expect(spending.category).toBe('expenditure');
    expect(spending.usd).toBeNull();
    expect(v.fxTable.note).toMatch(/no external exchange-rate table/);
    // Only currencies some document pairs with a dollar figure.
    expect(v.fxTable.currencies).toEqual(['KZT']);
  });

  it('lists shares of GDP and groups figures per year', async () => {
    const v = await moneyView(store);
    expect(v.shareOfGdp.map((f) => f.value)).toEqual([1.1]);
    const y2009 = v.perYear.find((y) => y.year === 2009)!;
    expect(y2009.categories).toEqual([{ key: 'budget', count: 2, refs: expect.any(Array) }]);
    expect(renderMoney(v)).toMatch(/300 bn KZT \[q\d+\] ≈ \$2 bn \(paired, 150 KZT\/USD\)/);
  });

  it('pairs a figure given per period with its USD equivalent', async () => {
    const text = 'In 2016 a sergeant earned 90,000 tenge per month (about $270).';
    const b = new DocBuilder('pay.txt', text);
    b.quantity('90,000 tenge', { value: 90000, kind: 'money', unit: 'KZT', subject: 'sergeant pay', date: D.year(2016) })
      .quantity('about $270', { value: 270, qualifier: 'about', kind: 'money', unit: 'USD', subject: 'sergeant pay', date: D.year(2016) });
    const s = await storeWith(b);
    const v = await moneyView(s);
    expect(v.rows).toHaveLength(1);
    expect(v.rows[0]).toMatchObject({ category: 'pay', usd: { method: 'paired', usd: 270 } });
    expect(v.impliedRates[0].rate).toBeCloseTo(333.33, 1);
    await s.close();
  });

  it('converts with a rate implied by another pair of the same year', async () => {
    const text = 'In 2015 the army budget was 200 billion tenge ($1 billion). In 2015 pay rose to 50 billion tenge.';
    const b = new DocBuilder('rates.txt', text);
    b.quantity('200 billion tenge', { value: 200e9, kind: 'money', unit: 'KZT', subject: 'army budget', date: D.year(2015) })
      .quantity('$1 billion', { value: 1e9, kind: 'money', unit: 'USD', subject: 'army budget', date: D.year(2015) })
      .quantity('50 billion tenge', { value: 50e9, kind: 'money', unit: 'KZT', subject: 'pay', date: D.year(2015) });
    const s = await storeWith(b);
    const pay = (await moneyView(s)).rows.find((r) => r.figure.subject === 'pay')!;
    expect(pay.category).toBe('pay');
    expect(pay.usd).toMatchObject({ method: 'implied', rate: 200, usd: 250e6 });
    await s.close();
  });
});
