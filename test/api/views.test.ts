import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

// The analyses are tested by their owner; here: each view is routed, validated and serialized, and
// shows a fact the fixture makes certain, with a source that opens the right sentence.
let h: Harness;
beforeAll(async () => {
  h = await startServer(async (store) => { await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN); });
});
afterAll(() => h?.close());

describe('GET /api/views/*', () => {
  it('every view answers 200 with its shape', async () => {
    const expected: Record<string, string[]> = {
      forces: ['roots', 'personnel'], inventory: ['holders', 'byRole', 'statedTotals'], money: ['rows', 'perYear', 'fxTable'],
      partners: ['vectors', 'years', 'balanceFormula'], people: ['people', 'posts'], programs: ['programs'],
      education: ['flows', 'outcomes'], audit: ['findings', 'checked'], timeline: ['events', 'perYear'],
    };
    for (const [view, keys] of Object.entries(expected)) {
      const r = await h.get(`/api/views/${view}`);
      expect(r.status, view).toBe(200);
      for (const k of keys) expect(r.body, `${view}.${k}`).toHaveProperty(k);
    }
  });

  it('forces: the stated strength sits on its organization and links to its quantity', async () => {
    const r = await h.get('/api/views/forces?country=Ruritania');
    expect(r.body.country.name).toBe('Ruritania');
    const flat = (nodes: any[]): any[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    const raf = flat(r.body.roots).find((n) => n.entity.name === 'Ruritanian Armed Forces');
    expect(raf.personnel[0]).toMatchObject({ value: 45000, qualifier: 'about' });
    const explained = await h.get(`/api/facts/${raf.personnel[0].source.ref}`);
    expect(explained.body.sentence.text).toContain('numbered about 45,000 personnel');
  });

  it('inventory and ledger: the Kestrel-2 count', async () => {
    const inv = await h.get('/api/views/inventory');
    const items = inv.body.holders.flatMap((x: any) => x.items);
    expect(items.find((i: any) => i.model?.name === 'Kestrel-2').count.value).toBe(24);
    const ledger = await h.get('/api/views/ledger?subject=Kestrel-2');
    expect(ledger.status).toBe(200);
    expect(ledger.body.figures.map((f: any) => f.value)).toEqual([24]);
  });

  it('people and programs: the minister and the exercise', async () => {
    const people = await h.get('/api/views/people');
    const varga = people.body.people.find((p: any) => p.person.name === 'Anton Varga');
    expect(varga.posts[0].post).toBe('Minister of Defense');
    const programs = await h.get('/api/views/programs');
    expect(programs.body.programs.find((p: any) => p.program.name === 'Iron Wolf').events[0].title).toBe('Iron Wolf exercise');
  });

  it('timeline view filters by an entity named in the query', async () => {
    const r = await h.get('/api/views/timeline?entity=Borduria');
    expect(r.body.events.map((e: any) => e.title)).toEqual(['Iron Wolf exercise']);
  });

  it('ledger needs a subject; an unknown country is a 404', async () => {
    const noSubject = await h.get('/api/views/ledger');
    expect(noSubject.status).toBe(400);
    expect(noSubject.type).toContain('application/problem+json');
    expect(noSubject.body.detail).toBe('querystring.subject: subject is required');
    const atlantis = await h.get('/api/views/forces?country=Atlantis');
    expect(atlantis.status).toBe(404);
    expect(atlantis.body.detail).toContain('Atlantis');
  });
});
