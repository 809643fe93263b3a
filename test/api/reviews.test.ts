import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractionA, makeDoc, RUN, TEXT_A } from '../store/fixtures.ts';
import { startServer, type Harness } from './server-harness.ts';

describe('the review API', () => {
  let h: Harness;
  let q = '';
  let e = '';
  beforeAll(async () => {
    h = await startServer(async (store) => {
      const { documentId } = await store.putDocument(makeDoc('/srv/docs/a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
      q = `q${(await store.quantities({ documentId }))[0]!.id}`;
      e = `e${(await store.events({ documentId }))[0]!.id}`;
    });
  });
  afterAll(() => h.close());

  const post = (path: string, body: unknown, token: string | null = h.token) => fetch(h.base + path, {
    method: 'POST', body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });

  it('lists the unreviewed facts, the figure before the mentions', async () => {
    const r = await h.get('/api/reviews/queue?rank=false');
    expect(r.status).toBe(200);
    expect(r.body.items[0]).toMatchObject({ ref: q, kind: 'quantity', quote: '12 Falcon-9 helicopters' });
    expect(r.body.total).toBe(extractionA().mentions.length + 4);
  });

  it('records decisions with the write token only, and refuses bad ones with a specific problem', async () => {
    expect((await post('/api/reviews', { fact: q, decision: 'confirmed', reviewer: 'ana' }, null)).status).toBe(401);
    const corrected = await post('/api/reviews', { fact: q, decision: 'corrected', values: { value: 14 }, reviewer: 'ana', comment: 'annex' });
    expect(corrected.status).toBe(201);
    expect(await corrected.json()).toMatchObject({ kind: 'quantity', decision: 'corrected', values: { value: 14 }, reviewer: 'ana', anchor: { quote: '12 Falcon-9 helicopters', sentence: 0 } });
    expect((await post('/api/reviews', { fact: e, decision: 'rejected', reviewer: 'ana' })).status).toBe(201);

    const bad = await post('/api/reviews', { fact: 'l3', decision: 'confirmed', reviewer: 'ana' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).detail).toMatch(/fact reference/);
    const missing = await post('/api/reviews', { fact: 'q999', decision: 'confirmed', reviewer: 'ana' });
    expect(missing.status).toBe(404);
    const wrong = await post('/api/reviews', { fact: q, decision: 'corrected', values: { value: 'lots' }, reviewer: 'ana' });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).detail).toMatch(/invalid quantity value value/);
    const nobody = await post('/api/reviews', { fact: q, decision: 'confirmed' });
    expect(nobody.status).toBe(400);
    expect((await nobody.json()).detail).toMatch(/reviewer is required/);
  });

  it('adds a fact on a span of the text, lists and withdraws reviews', async () => {
    const at = TEXT_A.indexOf('Steppe Shield');
    const added = await post('/api/reviews/added', { kind: 'quantity', documentId: 1, start: at, end: at + 13, values: { value: 2, kind: 'exercise' }, reviewer: 'bo' });
    expect(added.status).toBe(201);
    const body = await added.json();
    expect(body).toMatchObject({ decision: 'added', factId: null, anchor: { quote: 'Steppe Shield' } });
    expect((await post('/api/reviews/added', { kind: 'quantity', documentId: 1, start: 0, end: 99999, values: { value: 2 }, reviewer: 'bo' })).status).toBe(400);
    expect((await h.get('/api/reviews?status=reviewed')).body).toHaveLength(3);
    expect((await h.get('/api/reviews?status=corrected')).body).toMatchObject([{ values: { value: 14 } }]);
    expect((await h.get('/api/reviews?status=maybe')).status).toBe(400);
    expect((await h.get(`/api/reviews?fact=${q}`)).body).toMatchObject([{ decision: 'corrected' }]);
    expect((await h.get(`/api/reviews?fact=${e}&status=confirmed`)).body).toEqual([]);
    const del = (id: number, token: string | null = h.token) => fetch(`${h.base}/api/reviews/${id}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} });
    expect((await del(body.id, null)).status).toBe(401);
    expect((await del(body.id)).status).toBe(204);
    expect((await del(body.id)).status).toBe(404);
  });

  it('limits views to reviewed facts on ?reviewedOnly=true and says how many facts are reviewed', async () => {
    const all = await fetch(`${h.base}/api/views/ledger?subject=Falcon-9`);
    expect(all.headers.get('atlas-reviewed-only')).toBe('false');
    const ledger = await fetch(`${h.base}/api/views/ledger?subject=Falcon-9&reviewedOnly=true`);
    expect(ledger.status).toBe(200);
    expect(ledger.headers.get('atlas-reviewed-only')).toBe('true');
    expect(ledger.headers.get('atlas-reviewed-facts')).toBe('1/1');
    const shown = JSON.stringify(await ledger.json());
    expect(shown).toMatch(/"value":14\b/);
    expect(shown).not.toMatch(/"value":12\b/);
    expect(JSON.stringify(await all.json())).toMatch(/"value":12\b/);
    // The rejected exercise is in the timeline, until it is limited to reviewed facts.
    expect((await h.get('/api/timeline')).body.events ?? (await h.get('/api/timeline')).body.items).toHaveLength(1);
    const t = await h.get('/api/timeline?reviewedOnly=true');
    expect(t.status).toBe(200);
    expect(t.body.events ?? t.body.items).toHaveLength(0);
    expect((await h.get('/api/views/timeline?reviewedOnly=true')).body.events).toHaveLength(0);
    expect((await h.get('/api/views/timeline?reviewedOnly=maybe')).status).toBe(400);
  });

  it('reports precision by rule and describes it all in the OpenAPI document', async () => {
    expect((await h.get('/api/reviews/stats')).body).toMatchObject({ reviews: 2, byDecision: { corrected: 1, rejected: 1 }, byRule: [{ rule: 'event.exercise', precision: 0 }, { rule: 'quantity.order', found: 1 }] });
    const doc = (await h.get('/api/openapi.json')).body;
    for (const path of ['/api/reviews', '/api/reviews/queue', '/api/reviews/added', '/api/reviews/{id}', '/api/reviews/stats']) expect(doc.paths[path], path).toBeDefined();
    expect(doc.paths['/api/reviews'].post.security).toEqual([{ bearer: [] }]);
    const params = doc.paths['/api/views/forces'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toContain('reviewedOnly');
  });

  it('merges and undoes entities with the write token', async () => {
    const ents = (await h.get('/api/entities?type=ORG&limit=50')).body.items as { id: number; name: string }[];
    const [a, b] = ents;
    expect((await post('/api/entity-changes/merge', { keepId: a!.id, otherId: b!.id, reviewer: 'ana' }, null)).status).toBe(401);
    const merged = await post('/api/entity-changes/merge', { keepId: a!.id, otherId: b!.id, reviewer: 'ana' });
    expect(merged.status).toBe(201);
    const change = await merged.json();
    expect(change).toMatchObject({ action: 'merge', entityId: a!.id, otherId: b!.id, undoneAt: null });
    expect((await h.get(`/api/entities/${b!.id}`)).status).toBe(404);
    expect((await post(`/api/entity-changes/${change.id}/undo`, {})).status).toBe(200);
    expect((await h.get(`/api/entities/${b!.id}`)).body.entity?.name ?? (await h.get(`/api/entities/${b!.id}`)).body.name).toBe(b!.name);
    expect((await h.get('/api/entity-changes')).body).toMatchObject([{ id: change.id, undoneAt: expect.any(String) }]);
    expect((await post('/api/entity-changes/merge', { keepId: a!.id, otherId: a!.id, reviewer: 'ana' })).status).toBe(400);
  });
});
