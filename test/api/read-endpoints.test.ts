import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, TEXT, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

let h: Harness;
const ids: Record<string, number> = {};

beforeAll(async () => {
  h = await startServer(async (store) => {
    await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN);
  });
  const all = await h.get('/api/entities?limit=100');
  for (const e of all.body.items) ids[e.name] = e.id;
});
afterAll(() => h?.close());

describe('GET /api/stats', () => {
  it('counts what the fixture stored', async () => {
    const r = await h.get('/api/stats');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ documents: 1, sentences: 4, entities: 8, quantities: 2, events: 2, relations: 2 });
    expect(r.body.entitiesByType).toMatchObject({ ORG: 3, PLACE: 2, PERSON: 1, EQUIPMENT: 1, PROGRAM: 1 });
  });
});

describe('GET /api/documents', () => {
  it('lists documents with paging fields', async () => {
    const r = await h.get('/api/documents?limit=1&offset=0');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ total: 1, limit: 1, offset: 0 });
    expect(r.body.items[0]).toMatchObject({ title: 'Ruritania defense review', format: 'txt', sentenceCount: 4 });
    const past = await h.get('/api/documents?offset=5');
    expect(past.body.items).toEqual([]);
  });

  it('returns one document with text, sentences and highlights that point into the text', async () => {
    const r = await h.get('/api/documents/1');
    expect(r.status).toBe(200);
    expect(r.body.text).toBe(TEXT);
    expect(r.body.sentences).toHaveLength(4);
    const kinds = new Set(r.body.highlights.map((x: any) => x.kind));
    expect(kinds).toEqual(new Set(['mention', 'quantity', 'event']));
    for (const x of r.body.highlights) expect(TEXT.slice(x.start, x.end)).toBe(x.quote);
    const figure = r.body.highlights.find((x: any) => x.kind === 'quantity' && x.quote === 'about 45,000 personnel');
    expect(figure).toMatchObject({ type: 'personnel', label: 'about 45,000 personnel', sentence: 0 });
    expect(figure.ref).toMatch(/^q\d+$/);
    const acronym = r.body.highlights.find((x: any) => x.kind === 'mention' && x.quote === 'RAF');
    expect(acronym.entity.name).toBe('Ruritanian Armed Forces');
    expect(acronym.type).toBe('ORG');
  });
});

describe('GET /api/entities', () => {
  it('filters by type and pages', async () => {
    const orgs = await h.get('/api/entities?type=ORG&limit=2');
    expect(orgs.status).toBe(200);
    expect(orgs.body.total).toBe(3);
    expect(orgs.body.items).toHaveLength(2);
    expect(orgs.body.items.every((e: any) => e.type === 'ORG')).toBe(true);
    const rest = await h.get('/api/entities?type=ORG&limit=2&offset=2');
    expect(rest.body.items).toHaveLength(1);
    const names = [...orgs.body.items, ...rest.body.items].map((e: any) => e.name).sort();
    expect(names).toEqual(['Air Defense Forces', 'Northern Alliance', 'Ruritanian Armed Forces']);
  });

  it('finds an entity by its acronym', async () => {
    const r = await h.get('/api/entities?q=RAF');
    expect(r.body.items.map((e: any) => e.name)).toContain('Ruritanian Armed Forces');
  });

  it('returns an entity with its facts, sentence texts and related entities', async () => {
    const r = await h.get(`/api/entities/${ids['Ruritanian Armed Forces']}`);
    expect(r.status).toBe(200);
    expect(r.body.aliases).toContainEqual({ alias: 'RAF', kind: 'acronym' });
    expect(r.body.mentions).toHaveLength(3);
    expect(r.body.mentions[0].sentenceText).toContain('The Ruritanian Armed Forces (RAF) numbered');
    expect(r.body.quantities.map((q: any) => q.value)).toEqual([45000]);
    expect(r.body.quantities[0].ref).toMatch(/^q\d+$/);
    expect(r.body.relations.map((x: any) => x.predicate)).toEqual(['part_of']);
    const related = r.body.related.map((x: any) => x.name);
    expect(related).toContain('Air Defense Forces');
    expect(related).toContain('Kestrel-2');
    expect(r.body.related.find((x: any) => x.name === 'Air Defense Forces').via).toEqual(expect.arrayContaining(['co-mention', 'relation']));
  });

  it('gives a person their post and a system its attributes', async () => {
    const varga = await h.get(`/api/entities/${ids['Anton Varga']}`);
    expect(varga.body.relations[0]).toMatchObject({ predicate: 'holds_post', label: 'Minister of Defense' });
    expect(varga.body.events.map((e: any) => e.type)).toEqual(['agreement']);
    const kestrel = await h.get(`/api/entities/${ids['Kestrel-2']}`);
    expect(kestrel.body.attributes).toEqual({ role: 'fighter', origin: 'Borduria' });
  });
});

describe('GET /api/search', () => {
  it('ranks sentences with marked snippets and returns matching entities with facets', async () => {
    const r = await h.get('/api/search?q=Borduria');
    expect(r.status).toBe(200);
    expect(r.body.sentences.total).toBeGreaterThanOrEqual(1);
    expect(r.body.sentences.items[0].snippet).toContain('[[Borduria]]');
    expect(r.body.entities.map((e: any) => e.name)).toContain('Borduria');
    expect(r.body.facets.types.PLACE).toBeGreaterThanOrEqual(1);
    expect(r.body.facets.years['2016']).toBe(1);
  });

  it('applies the year filter and the type facet', async () => {
    const y = await h.get('/api/search?q=Ruritania&year=2014');
    expect(y.body.sentences.items.map((s: any) => s.sentence)).toEqual([1]);
    const none = await h.get('/api/search?q=Ruritania&year=1999');
    expect(none.body.sentences.items).toEqual([]);
    const typed = await h.get('/api/search?q=Ruritania&type=ORG');
    expect(typed.body.entities.every((e: any) => e.type === 'ORG')).toBe(true);
  });
});

describe('GET /api/timeline', () => {
  it('orders events and filters by dates, type and entity', async () => {
    const all = await h.get('/api/timeline');
    expect(all.body.events.map((e: any) => e.date.start)).toEqual(['2014-03-01', '2016-01-01']);
    expect(all.body.types).toEqual({ agreement: 1, exercise: 1 });
    const from = await h.get('/api/timeline?from=2015');
    expect(from.body.events.map((e: any) => e.type)).toEqual(['exercise']);
    const to = await h.get('/api/timeline?to=2014-12');
    expect(to.body.events.map((e: any) => e.type)).toEqual(['agreement']);
    const typed = await h.get('/api/timeline?type=exercise');
    expect(typed.body.events.map((e: any) => e.title)).toEqual(['Iron Wolf exercise']);
    expect(typed.body.types).toEqual({ agreement: 1, exercise: 1 });
    const withBorduria = await h.get(`/api/timeline?entity=${ids.Borduria}`);
    expect(withBorduria.body.events.map((e: any) => e.type)).toEqual(['exercise']);
  });
});

describe('GET /api/facts/:ref', () => {
  it('explains a quantity with its rule, span, sentence and document', async () => {
    const doc = await h.get('/api/documents/1');
    const ref = doc.body.highlights.find((x: any) => x.quote === '24 Kestrel-2 fighters').ref;
    const r = await h.get(`/api/facts/${ref}`);
    expect(r.status).toBe(200);
    expect(r.body.ref).toBe(ref);
    expect(r.body.fact.kind).toBe('quantity');
    expect(r.body.fact.fact).toMatchObject({ value: 24, rule: 'fixture.quantity', quote: '24 Kestrel-2 fighters' });
    expect(r.body.fact.fact.subjectEntity.name).toBe('Kestrel-2');
    expect(r.body.sentence.text).toBe('The Air Defense Forces, part of the RAF, operated 24 Kestrel-2 fighters.');
    expect(r.body.document).toMatchObject({ id: 1, title: 'Ruritania defense review' });
    expect(r.body.document.text).toBeUndefined();
  });

  it('explains relations too, and accepts the long form of a reference', async () => {
    const r = await h.get('/api/facts/relation:1');
    expect(r.status).toBe(200);
    expect(r.body.ref).toBe('r1');
    expect(r.body.fact.kind).toBe('relation');
  });
});
