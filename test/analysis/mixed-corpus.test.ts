import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forcesView, ledgerView, moneyView, partnersView, peopleView } from '../../src/analysis/index.ts';
import { parseFactRef } from '../../src/model/views.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/corpus.ts';
import { ingestedStore } from './helpers/ingest-fixture.ts';
import { expectViewsSerializedAsSchemas } from './helpers/as-schema.ts';

// The development document plus real articles from bench/real/train (never bench/real/test) about
// Kazakhstan, its neighbours and other countries' bilateral affairs: the scoping rules of the views.
const TRAIN = join(REPO_ROOT, 'bench', 'real', 'train', 'corpus');
const ARTICLES = [
  'kursiv-kazakhstan-defense-budget-2022-2024', 'newsdelivers-central-asia-military-spending', 'jamestown-kazakhstan-turkey-joint-exercises',
  'inform-kazakhstan-peacekeepers-lebanon-2018', 'kazcent-peacekeepers-return-lebanon', 'key-kazakhstan-su30sm-additional-batch',
  'southafricatoday-201st-base-harbmaidon-artillery-drills', 'sputnikglobe-201st-base-command-staff-exercise', 'kun-uzbekistan-turkish-drones-purchase',
  'intellinews-uzbekistan-attack-drone-fleet', 'tass-csto-interaction-2019-mulino', '24kg-us-kyrgyz-security-cooperation-koi-tash',
  'hiram1555-sco-peace-mission-2014',
].map((n) => join(TRAIN, `${n}.txt`));

describe('views on a mixed corpus', () => {
  let ctx: Awaited<ReturnType<typeof ingestedStore>>;
  let store: AtlasStore;
  beforeAll(async () => {
    ctx = await ingestedStore([CORPUS_DIR, ...ARTICLES]);
    store = ctx.store;
  }, 300_000);
  afterAll(async () => { await ctx?.close(); });

  const linksOf = async (ref: string) => {
    const id = parseFactRef(ref)!.id;
    return (await store.links({})).filter((l) => l.from.kind === 'quantity' && l.from.id === id);
  };

  it('ingests the development document and ten or more articles', async () => {
    expect((await store.stats()).documents).toBeGreaterThanOrEqual(11);
  });

  it('serializes every view exactly as its output schema would (the API sends views unparsed)', async () => {
    await expectViewsSerializedAsSchemas(store, 'defense budget');
  });

  it('counts as Kazakhstan\'s cooperation only events it or its bodies take part in (or that name no actor in a text about it)', async () => {
    const v = await partnersView(store, { country: 'Kazakhstan' });
    expect(v.events.length).toBeGreaterThan(0);
    const kz = (await store.findEntities('Kazakhstan', 'PLACE'))[0];
    for (const row of v.events) {
      const ev = (await store.getFact(parseFactRef(row.ref)!))!;
      if (ev.kind !== 'event') throw new Error('not an event');
      const own = await Promise.all(ev.fact.participants.map(async (p) => p.id === kz.id || (await store.getEntity(p.id))?.attributes.country === 'KZ'));
      expect(own.some(Boolean) || !ev.fact.participants.some((p) => p.role === 'actor'), `${row.ref} ${row.title}`).toBe(true);
    }
  });

  it('lists states and international organizations as partners, programs apart', async () => {
    const v = await partnersView(store, { country: 'Kazakhstan' });
    expect(v.partners.length).toBeGreaterThan(0);
    for (const p of v.partners) expect(p.partner.type, p.partner.name).not.toBe('PROGRAM');
    for (const p of v.programs ?? []) expect(p.program.type).toBe('PROGRAM');
    for (const p of v.partners.filter((x) => x.partner.type === 'PLACE')) {
      const e = await store.getEntity(p.partner.id);
      expect(e?.attributes.kind, p.partner.name).toBe('country');
    }
  });

  it('states a country\'s strength only from figures of its whole force', async () => {
    for (const country of ['Kazakhstan', 'Tajikistan', 'Uzbekistan']) {
      const v = await forcesView(store, { country });
      for (const f of v.personnel) {
        const types = (await linksOf(f.source.ref)).map((l) => l.type);
        expect(types, `${country} ${f.source.quote}`).toContain('whole_force');
        expect(types).not.toContain('partial_force');
      }
    }
  });

  it('sets ledger figures against each other only within one measure, under a readable label', async () => {
    for (const subject of ['aircraft', 'salary', 'budget']) {
      const v = await ledgerView(store, subject);
      const byRef = new Map(v.figures.map((f) => [f.source.ref, f]));
      for (const g of v.groups.filter((x) => x.competing)) {
        const figs = g.refs.map((r) => byRef.get(r)!);
        expect(new Set(figs.map((f) => `${f.kind}|${f.unit}|${f.dateLabel}`)).size, g.key).toBe(1);
        expect(g.label).toBeTruthy();
        expect(g.label).not.toContain('|');
      }
    }
  });

  it('keeps money series within one category and converts only with rates the documents state', async () => {
    const v = await moneyView(store, { country: 'Kazakhstan' });
    expect(v.rows.length).toBeGreaterThan(0);
    for (const s of v.series ?? []) expect(new Set(v.rows.filter((r) => r.series === s.key).map((r) => r.category)).size).toBe(1);
    for (const r of v.rows) {
      if (r.usd) expect(['stated', 'paired', 'implied']).toContain(r.usd.method);
      if (r.usd?.method === 'paired') expect(r.usd.note).toMatch(/link l\d+/);
    }
  });

  it('dates a post from an appointment, never from the date of a statement', async () => {
    const v = await peopleView(store);
    for (const p of v.people) {
      for (const post of p.posts) {
        if (post.basis !== 'appointment') expect(post.from.date, `${p.person.name} ${post.post}`).toBeNull();
        else expect(post.appointment).toMatch(/^e\d+$/);
      }
    }
  });

  it('cites only links that `atlas explain` can show', async () => {
    const views = await Promise.all([moneyView(store, { country: 'Kazakhstan' }), partnersView(store, { country: 'Kazakhstan' }), forcesView(store, { country: 'Kazakhstan' })]);
    const refs = [...new Set(JSON.stringify(views).match(/\bl\d+\b/g) ?? [])];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect((await store.getFact(parseFactRef(ref)!))?.kind, ref).toBe('link');
  });
});
