import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';

const LIMIT = 8 * 1024;
const PIPELINE_DOC = readFileSync(new URL('./fixtures/pipeline-doc.txt', import.meta.url));

let h: Harness;
let web: string;
beforeAll(async () => {
  h = await startServer(async () => {}, { maxUploadBytes: LIMIT, webRoot: undefined });
  // A second server with a tiny built UI to check static serving and the SPA fallback.
  web = join(h.dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>atlas test ui</title><div id="root"></div>');
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("app")');
});
afterAll(() => h?.close());

function upload(_base: string, name: string, data: Buffer | string) {
  return h.upload(name, data);
}

describe('POST /api/documents', () => {
  it('ingests an uploaded text through the reader, the pipeline and the store', async () => {
    const res = await upload(h.base, 'steppe-republic.txt', PIPELINE_DOC);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.filename).toBe('steppe-republic.txt');
    expect(body.result).toMatchObject({ status: 'added', documentId: expect.any(Number) });
    const doc = await h.get(`/api/documents/${body.result.documentId}`);
    expect(doc.status).toBe(200);
    expect(doc.body.text).toContain('Collective Security Treaty Organization (CSTO)');
    expect(doc.body.sentences.length).toBeGreaterThanOrEqual(4);
    for (const x of doc.body.highlights) expect(doc.body.text.slice(x.start, x.end)).toBe(x.quote);
    // The fixture defines an acronym of its own and uses it again: both land on one entity.
    const council = await h.get('/api/entities?q=NFDC');
    const nfdc = council.body.items.find((e: any) => e.aliases.some((a: any) => a.alias === 'NFDC'));
    expect(nfdc).toMatchObject({ name: 'Northern Frontier Defense Council', type: 'ORG' });
    expect(nfdc.mentionCount).toBeGreaterThanOrEqual(2);
    const figure = doc.body.highlights.find((x: any) => x.kind === 'quantity' && x.quote.includes('30,000'));
    expect(figure).toBeDefined();
    const again = await upload(h.base, 'steppe-republic.txt', PIPELINE_DOC);
    expect(again.status).toBe(200);
    const twin = await again.json();
    expect(twin.result).toMatchObject({ status: 'unchanged', documentId: body.result.documentId });
    const search = await h.get('/api/search?q=guarantee');
    expect(search.body.sentences.items[0].text).toContain('main guarantee');
  });

  it('refuses a file over the limit with 413 problem+json', async () => {
    const res = await upload(h.base, 'big.txt', Buffer.alloc(LIMIT * 4, 'a'));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json();
    expect(body).toMatchObject({ status: 413, title: 'Payload too large' });
    expect(body.detail).toMatch(/too large/i);
  });

  it('asks for multipart and for the file field', async () => {
    const auth = { authorization: `Bearer ${h.token}` };
    const json = await fetch(`${h.base}/api/documents`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    await json.body?.cancel();
    const noFile = new FormData();
    noFile.append('note', 'hello');
    const res = await fetch(`${h.base}/api/documents`, { method: 'POST', body: noFile, headers: auth });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toContain('"file"');
  });

  it('reports an unreadable upload as a client error', async () => {
    const res = await upload(h.base, 'notes.exe', 'MZ binary');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('OpenAPI and Swagger UI', () => {
  it('publishes every route with its schemas', async () => {
    const r = await h.get('/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(r.body.paths);
    for (const p of ['/api/documents', '/api/documents/{id}', '/api/entities', '/api/entities/{id}', '/api/search',
      '/api/timeline', '/api/facts/{ref}', '/api/stats', '/api/health', '/api/views/forces', '/api/views/inventory', '/api/views/money',
      '/api/views/partners', '/api/views/people', '/api/views/programs', '/api/views/education', '/api/views/audit',
      '/api/views/ledger']) expect(paths).toContain(p);
    expect(r.body.paths['/api/views/ledger'].get.parameters.find((p: any) => p.name === 'subject').required).toBe(true);
    const search = r.body.paths['/api/search'].get;
    const q = search.parameters.find((p: any) => p.name === 'q');
    expect(q).toMatchObject({ in: 'query', required: true });
    expect(search.responses['200'].content['application/json'].schema.properties).toHaveProperty('facets');
    const post = r.body.paths['/api/documents'].post;
    expect(post.security).toEqual([{ bearer: [] }]);
    expect(r.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['200', '201', '401', '403', '413', '422']));
    expect(post.responses['201'].content['application/json'].schema.properties).toHaveProperty('uploadId');
  });

  it('serves Swagger UI from bundled assets', async () => {
    const page = await fetch(`${h.base}/api/docs/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger');
    const bundle = await fetch(`${h.base}/api/docs/static/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(100_000);
  });
});

describe('the web UI', () => {
  it('is served at / with a fallback to index.html for app routes', async () => {
    const s = await startServer(async () => {}, { webRoot: web });
    try {
      const root = await fetch(`${s.base}/`);
      expect(root.status).toBe(200);
      expect(await root.text()).toContain('atlas test ui');
      const deep = await fetch(`${s.base}/entities/3`);
      expect(deep.status).toBe(200);
      expect(await deep.text()).toContain('atlas test ui');
      const asset = await fetch(`${s.base}/assets/app.js`);
      expect(await asset.text()).toContain('console.log');
      const missing = await fetch(`${s.base}/assets/missing.js`);
      expect(missing.status).toBe(404);
      await missing.body?.cancel();
      const api = await s.get('/api/unknown');
      expect(api.status).toBe(404);
      expect(api.type).toContain('application/problem+json');
    } finally {
      await s.close();
    }
  });
});
