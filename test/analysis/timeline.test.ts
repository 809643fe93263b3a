import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timelineView, renderTimeline } from '../../src/analysis/index.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('timelineView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('orders events by date and labels them at their precision', async () => {
    const v = await timelineView(store);
    expect(v.events.map((e) => e.label)).toEqual(['2004', 'May 2004', 'May 2004', '2005', '2005', '2006', 'Jun 2007', '2008']);
    expect(v.events[0].title).toBe('Freedonia joins NATO');
    expect(v.events[0].ref).toMatch(/^e\d+$/);
    expect(v.events[0].participants.map((p) => p.name)).toEqual(['Freedonia', 'North Atlantic Treaty Organization']);
  });

  it('counts per year and per type', async () => {
    const v = await timelineView(store);
    expect(v.perYear).toEqual([
      { key: '2004', count: 3 }, { key: '2005', count: 2 }, { key: '2006', count: 1 }, { key: '2007', count: 1 }, { key: '2008', count: 1 },
    ]);
    expect(v.perType.find((c) => c.key === 'agreement')?.count).toBe(3);
  });

  it('filters by dates, type and entity', async () => {
    expect((await timelineView(store, { from: '2005', to: '2007' })).events.map((e) => e.year)).toEqual([2005, 2005, 2006, 2007]);
    expect((await timelineView(store, { type: 'agreement' })).events).toHaveLength(3);
    const withRussia = await timelineView(store, { entity: 'Russia' });
    expect(withRussia.filter.entity?.name).toBe('Russia');
    expect(withRussia.events.map((e) => e.type)).toEqual(['agreement', 'agreement']);
    await expect(timelineView(store, { entity: 'Atlantis' })).rejects.toThrow(/no entity named "Atlantis"/);
  });

  it('pages the events and counts all of them', async () => {
    const all = await timelineView(store);
    const page = await timelineView(store, { limit: 3, offset: 2 });
    expect(page.events).toEqual(all.events.slice(2, 5));
    expect([page.total, page.offset, page.limit]).toEqual([8, 2, 3]);
    expect([page.perYear, page.perType]).toEqual([all.perYear, all.perType]);
    expect(renderTimeline(page)).toContain('events 3–5 of 8');
  });

  it('points each row at its sentence', async () => {
    const v = await timelineView(store);
    const e = v.events.find((x) => x.type === 'procurement')!;
    const sentence = await store.sentence(e.source.documentId, e.source.sentence);
    expect(sentence?.text).toContain(e.source.quote);
    expect(renderTimeline(v)).toContain(`Freedonia buys trucks from India — Freedonia, India [${e.ref}]`);
  });
});
