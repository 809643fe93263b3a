import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

let h: Harness;
beforeAll(async () => {
  h = await startServer(async (store) => { await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN); });
});
afterAll(() => h?.close());

function expectProblem(r: { status: number; type: string; body: any }, status: number) {
  expect(r.status).toBe(status);
  expect(r.type).toContain('application/problem+json');
  expect(r.body).toMatchObject({ status, title: expect.any(String), type: expect.any(String), detail: expect.any(String) });
}

describe('validation errors are 400 problem+json naming the field', () => {
  it.each([
    ['/api/documents?limit=0', 'querystring.limit'],
    ['/api/documents?limit=abc', 'querystring.limit'],
    ['/api/entities?offset=-1', 'querystring.offset'],
    ['/api/documents/zero', 'params.id'],
    ['/api/search', 'querystring.q'],
    ['/api/search?q=%20%20', 'querystring.q'],
    ['/api/search?q=x&year=20', 'querystring.year'],
    ['/api/timeline?from=2014-13-99x', 'querystring.from'],
    ['/api/timeline?entity=-4', 'querystring.entity'],
    ['/api/facts/x12', 'params.ref'],
  ])('%s', async (path, where) => {
    const r = await h.get(path);
    expectProblem(r, 400);
    expect(r.body.detail).toContain(where);
    expect(r.body.errors.map((e: any) => e.where)).toContain(where);
  });
});

describe('missing things are 404 problem+json', () => {
  it.each([
    ['/api/documents/999', 'no document with id 999'],
    ['/api/entities/999', 'no entity with id 999'],
    ['/api/facts/q999', 'no quantity with id 999'],
    ['/api/no-such-route', 'no API route'],
  ])('%s', async (path, detail) => {
    const r = await h.get(path);
    expectProblem(r, 404);
    expect(r.body.detail).toContain(detail);
  });

  it('says how to build the UI when it is missing', async () => {
    const r = await h.get('/');
    expectProblem(r, 404);
    expect(r.body.detail).toContain('build:web');
  });
});
