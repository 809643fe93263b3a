import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnersView, renderPartners } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('partnersView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('keeps events with a foreign partner and codes their kind of cooperation', async () => {
    const v = await partnersView(store);
    expect(v.country?.name).toBe('Freedonia');
    expect(v.events.map((e) => [e.year, e.cooperation, e.partners.map((p) => `${p.name}:${p.vector}`).join(',')])).toEqual([
      [2004, 'agree', 'North Atlantic Treaty Organization:west'],
      [2004, 'agree', 'Russia:russia'],
      [2005, 'exercise', 'China:china'],
      [2005, 'procure', 'India:others'],
      // Officers educated in a foreign country: the host is the partner even when coded as the location.
      [2006, 'train_educate', 'United States:west'],
    ]);
  });

  it('counts one happening stated twice once and keeps the other statement as a duplicate', async () => {
    const v = await partnersView(store);
    const agreement = v.events.find((e) => e.partners.some((p) => p.name === 'Russia'))!;
    expect(agreement.duplicates).toHaveLength(1);
    expect(v.partners.find((p) => p.partner.name === 'Russia')).toMatchObject({ vector: 'russia', count: 1, byCooperation: [{ key: 'agree', count: 1 }] });
  });

  it('computes a per-year balance index whose cells list their events', async () => {
    const v = await partnersView(store);
    const y2004 = v.years.find((y) => y.year === 2004)!;
    const cell = (id: string) => y2004.cells.find((c) => c.vector === id)!;
    expect([cell('west').count, cell('russia').count, cell('china').count, cell('others').count]).toEqual([1, 1, 0, 0]);
    expect(y2004.balance).toBe(0);
    expect(cell('russia').events).toEqual([v.events[1].ref]);
    const y2005 = v.years.find((y) => y.year === 2005)!;
    expect(y2005.balance).toBe(0);
    expect(v.totals.map((c) => c.count)).toEqual([1, 2, 1, 1]);
    expect(renderPartners(v)).toMatch(/2004\s+1\s+1\s+0\s+0\s+0/);
  });

  it('matches partners by alias and by their country attribute; a training host counts, other locations do not', async () => {
    const text = 'In 2011 Ruritania hosted officers of the Pentagon. In 2012 Rosoboronexport delivered radars to Ruritania. In 2013 Ruritanian troops trained in Germany.';
    const b = new DocBuilder('ruritania.txt', text);
    const ru = b.entity('gz:rur', 'PLACE', 'Ruritania', { kind: 'country' });
    const dod = b.entity('gz:dod', 'ORG', 'United States Department of Defense', { country: 'United States' }, [{ alias: 'Pentagon', kind: 'short' }]);
    const roe = b.entity('gz:roe', 'ORG', 'Arms Export Agency', { country: 'Russia' }, [{ alias: 'Rosoboronexport', kind: 'short' }]);
    const us = b.entity('gz:us', 'PLACE', 'United States', { kind: 'country' });
    const rus = b.entity('gz:ru', 'PLACE', 'Russia', { kind: 'country' });
    const de = b.entity('gz:de', 'PLACE', 'Germany', { kind: 'country' });
    b.mentions(ru, 'Ruritania').mentions(us, 'United States').mentions(rus, 'Russia').mentions(de, 'Germany');
    b.event('In 2011 Ruritania hosted officers of the Pentagon', { type: 'meeting', date: D.year(2011), title: 'Pentagon officers visit', participants: [[ru, 'actor'], [dod, 'partner']] })
      .event('In 2012 Rosoboronexport delivered radars to Ruritania', { type: 'procurement', date: D.year(2012), title: 'radar delivery', participants: [[roe, 'actor'], [ru, 'target']] })
      .event('In 2013 Ruritanian troops trained in Germany', { type: 'education', date: D.year(2013), title: 'training', participants: [[ru, 'actor'], [de, 'location']] });
    const s = await storeWith(b);
    const v = await partnersView(s, { country: 'Ruritania' });
    expect(v.events.map((e) => [e.year, e.cooperation, e.partners.map((p) => p.vector)])).toEqual([
      [2011, 'consult', ['west']],
      [2012, 'procure', ['russia']],
      [2013, 'train_educate', ['west']],
    ]);
    expect(v.years.map((y) => y.balance)).toEqual([1, -1, 1]);
    await s.close();
  });
});
