import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/analysis/registry/views.ts';
import { computeJson } from '../../src/analysis/registry/define.ts';
import { SHARED_CONTEXT } from '../../src/analysis/context/shared-context.ts';
import { loadContext } from '../../src/analysis/context/context.ts';
import { LinkIndex } from '../../src/analysis/context/links.ts';
import { FactLoads } from '../../src/analysis/context/fact-loads.ts';
import type { DocumentFacts } from '../../src/analysis/context/fact-snapshot.ts';
import { perDocumentDerivation } from '../../src/analysis/context/derivations.ts';
import { entityDetail } from '../../src/api/read/entity-detail.ts';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { ingestedStore, VIEW_FIXTURES } from './helpers/ingest-fixture.ts';

// A server's views read a snapshot refreshed per changed document; they must say what a fresh read says.
const ALL = ['partners', 'forces', 'money', 'education', 'people', 'audit-dates'];
const params = (id: string) => (id === 'ledger' ? { subject: 'army' } : {});

const shared = (store: AtlasStore): AtlasStore => {
  const key = {};
  return new Proxy(store, { get: (t, p) => (p === SHARED_CONTEXT ? key : Reflect.get(t, p)) }) as AtlasStore;
};

async function expectSameViews(store: AtlasStore, sharedStore: AtlasStore): Promise<void> {
  // The shared context's link index (patched per changed document) answers as one read afresh.
  const [patched, fresh] = [(await loadContext(sharedStore)).links, await LinkIndex.load(store)];
  expect(patched.all).toEqual(fresh.all);
  for (const l of fresh.all) {
    expect(patched.from(l.from.kind, l.from.id)).toEqual(fresh.from(l.from.kind, l.from.id));
    if (l.to) expect(patched.to(l.to.kind, l.to.id)).toEqual(fresh.to(l.to.kind, l.to.id));
    expect(patched.ofType(l.type)).toEqual(fresh.ofType(l.type));
  }
  for (const def of VIEWS) {
    const fresh = await computeJson(def, store, params(def.entry.id));
    expect(await computeJson(def, sharedStore, params(def.entry.id)), def.entry.id).toEqual(fresh);
  }
  // Entity pages read from the snapshot say what they say read from the store.
  const snapshot = (await loadContext(sharedStore)).loads.snapshot!;
  for (const e of (await store.listEntities({ limit: 1000, offset: 0 })).items) {
    for (const limit of [3, 2000]) {
      expect(snapshot.quantitiesAbout(e.id, limit), e.name).toEqual(await store.quantities({ entityId: e.id, limit }));
      expect(snapshot.eventsWith(e.id, limit), e.name).toEqual(await store.events({ entityId: e.id, limit }));
    }
  }
  for (const e of (await store.listEntities({ limit: 40, offset: 0 })).items) {
    const [a, b] = [await entityDetail(store, e.id), await entityDetail(store, e.id, snapshot)];
    const byName = (x: typeof a) => ({ ...x, related: [...x.related].sort((p, q) => p.id - q.id) });
    expect(byName(b), e.name).toEqual(byName(a));
  }
}

describe('views over the shared fact snapshot', () => {
  let ctx: Awaited<ReturnType<typeof ingestedStore>>;
  let extra: string;
  beforeAll(async () => {
    ctx = await ingestedStore(ALL.slice(0, 4));
    extra = mkdtempSync(join(tmpdir(), 'atlas-snapshot-'));
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    rmSync(extra, { recursive: true, force: true });
  });

  it('equal a fresh read after documents are added, replaced and deleted', async () => {
    const view = shared(ctx.store);
    await expectSameViews(ctx.store, view);
    // Added: two more documents; replaced: one of them with new text; deleted: one of the first.
    for (const dir of ALL.slice(4)) for (const f of readdirSync(join(VIEW_FIXTURES, dir))) copyFileSync(join(VIEW_FIXTURES, dir, f), join(extra, f));
    await ingestPaths(ctx.store, [extra]);
    await expectSameViews(ctx.store, view);
    const [first] = readdirSync(extra);
    writeFileSync(join(extra, first), `${readFileSync(join(extra, first), 'utf8')}\nIn 2020 the Ministry of Defense of Armenia had 45,000 personnel.\n`);
    await ingestPaths(ctx.store, [join(extra, first)]);
    const docs = await ctx.store.listDocuments({ limit: 10, offset: 0 });
    expect(docs.items.some((d) => d.version === 2)).toBe(true);
    await ctx.store.deleteDocument(docs.items.find((d) => d.version === 1)!.id);
    await expectSameViews(ctx.store, view);
  }, 300_000);

  it('derives per document once per document version, and as a fresh read does', async () => {
    const view = shared(ctx.store);
    const derived: number[] = [];
    const derivation = perDocumentDerivation('test', (d: DocumentFacts) => {
      derived.push(d.documentId);
      return { id: d.documentId, quantities: d.quantities.map((q) => q.id), mentions: d.mentions.length, links: d.links.map((l) => l.id) };
    });
    const fresh = async () => (await new FactLoads(ctx.store).perDocument(derivation)).filter((r) => r.mentions || r.quantities.length);
    const all = await (await loadContext(view)).loads.perDocument(derivation);
    expect(all.filter((r) => r.mentions || r.quantities.length)).toEqual(await fresh());
    writeFileSync(join(extra, 'added.txt'), 'In 2021 the Armed Forces of Armenia had 42,000 personnel, including 20,000 conscripts.\n');
    await ingestPaths(ctx.store, [join(extra, 'added.txt')]);
    const added = { id: Math.max(...(await ctx.store.listDocuments({ limit: 100, offset: 0 })).items.map((d) => d.id)) };
    derived.length = 0;
    const after = await (await loadContext(view)).loads.perDocument(derivation);
    // Only the new document is derived; the others' derivations are the very same objects.
    expect(derived).toEqual([added.id]);
    expect(after.filter((r) => r.id !== added.id).every((r) => all.includes(r))).toBe(true);
    derived.length = 0;
    expect(after.filter((r) => r.mentions || r.quantities.length)).toEqual(await fresh());
  }, 300_000);
});
