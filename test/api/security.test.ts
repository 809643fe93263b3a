import { request } from 'node:http';
import { Writable } from 'node:stream';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';
import { runServe } from '../../src/cli/commands/serve.ts';

const logs: string[] = [];
const logStream = new Writable({ write(chunk, _enc, cb) { logs.push(String(chunk)); cb(); } });

let h: Harness;
let web: string;
beforeAll(async () => {
  h = await startServer(async (store) => { await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN); }, {
    logger: { level: 'warn', stream: logStream },
  });
  web = join(h.dir, 'web');
  mkdirSync(web, { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><html><head><title>ui</title></head><body><div id="root"></div></body></html>');
});
afterAll(() => h?.close());

/** A raw request, so the test controls Host and every other header. */
function raw(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<{ status: number; headers: Record<string, any>; body: string }> {
  const url = new URL(h.base);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const PIPELINE = 'The Ministry of Defence of Ruritania bought 12 tanks in 2019. The army has 4,000 personnel.';

describe('writes need the token', () => {
  it('refuses an upload without a token or with a wrong one (401 problem+json, logged)', async () => {
    const none = await h.upload('a.txt', PIPELINE, { headers: {} });
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toContain('application/problem+json');
    expect(none.headers.get('www-authenticate')).toContain('Bearer');
    expect((await none.json()).detail).toContain('Authorization: Bearer');
    const wrong = await h.upload('a.txt', PIPELINE, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    await wrong.body?.cancel();
    expect(logs.join('')).toContain('refused a write without a valid token');
    expect((await h.get('/api/stats')).body.documents).toBe(1);
  });

  it('refuses a write from another origin even with the token, and a cross-site fetch', async () => {
    const auth = { authorization: `Bearer ${h.token}` };
    const evil = await h.upload('a.txt', PIPELINE, { headers: { ...auth, origin: 'http://evil.example' } });
    expect(evil.status).toBe(403);
    expect((await evil.json()).detail).toContain('another origin');
    const site = await h.upload('a.txt', PIPELINE, { headers: { ...auth, 'sec-fetch-site': 'cross-site' } });
    expect(site.status).toBe(403);
    await site.body?.cancel();
    // A page of the atlas's own origin may write.
    const own = await h.upload('own.txt', PIPELINE, { headers: { ...auth, origin: h.base } });
    expect(own.status).toBe(201);
    await own.body?.cancel();
  });

  it('refuses any request with a foreign Host (DNS rebinding), reads included', async () => {
    for (const host of ['evil.example', `evil.example:${new URL(h.base).port}`, '127.0.0.1:1']) {
      const r = await raw('GET', '/api/stats', { host });
      expect(r.status).toBe(403);
      expect(r.headers['content-type']).toContain('application/problem+json');
      const w = await raw('POST', '/api/documents', { host, authorization: `Bearer ${h.token}`, 'content-type': 'multipart/form-data; boundary=x' }, '--x--');
      expect(w.status).toBe(403);
    }
    for (const host of [new URL(h.base).host, `localhost:${new URL(h.base).port}`]) {
      expect((await raw('GET', '/api/stats', { host })).status).toBe(200);
    }
  });
});

describe('uploads are their own documents', () => {
  it('keeps both documents when two uploads share a name, and reports an identical re-upload as unchanged', async () => {
    const first = await h.upload('report.txt', 'The navy commissioned 3 frigates in 2020. Admiral Jan Kowal heads the navy.');
    expect(first.status).toBe(201);
    const a = await first.json();
    const second = await h.upload('report.txt', 'The air force bought 24 fighters in 2021.');
    expect(second.status).toBe(201);
    const b = await second.json();
    expect(b.result.documentId).not.toBe(a.result.documentId);
    expect(b.uploadId).not.toBe(a.uploadId);
    const docA = await h.get(`/api/documents/${a.result.documentId}`);
    expect(docA.status).toBe(200);
    expect(docA.body.text).toContain('frigates');
    expect(docA.body.highlights.length).toBeGreaterThan(0);
    expect(docA.body.sourcePath).toBe(`upload:${a.uploadId}/report.txt`);
    const again = await h.upload('other-name.txt', 'The air force bought 24 fighters in 2021.');
    expect(again.status).toBe(200);
    expect((await again.json()).result).toMatchObject({ status: 'unchanged', documentId: b.result.documentId });
  });

  it.each([['..'], ['.'], ['../'], [''], ['...'], ['/']])('refuses the unusable name %j with a 400 that says so', async (name) => {
    const res = await h.upload(name, PIPELINE);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).detail).toMatch(/name|"file"/);
  });

  it('keeps only the last segment of a name with folders in it', async () => {
    const res = await h.upload('../../etc/notes.txt', 'The army received 40 trucks in 2018.');
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.filename).toBe('notes.txt');
  });
});

describe('malformed requests', () => {
  it('answers a broken multipart body with 400 problem+json naming the problem, and logs it', async () => {
    const auth = { authorization: `Bearer ${h.token}`, host: new URL(h.base).host };
    const broken = await raw('POST', '/api/documents', { ...auth, 'content-type': 'multipart/form-data; boundary=XYZ' },
      '--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n\r\nunterminated');
    expect(broken.status).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(broken.body).detail).toMatch(/multipart/);
    const noBoundary = await raw('POST', '/api/documents', { ...auth, 'content-type': 'multipart/form-data' }, 'x');
    expect(noBoundary.status).toBeGreaterThanOrEqual(400);
    expect(noBoundary.status).toBeLessThan(500);
    expect(noBoundary.headers['content-type']).toContain('application/problem+json');
    expect(logs.join('')).toMatch(/malformed multipart/);
  });
});

describe('no server paths and security headers', () => {
  it('lists documents by base name or upload id, never by absolute path', async () => {
    const list = await h.get('/api/documents?limit=100');
    expect(list.status).toBe(200);
    for (const d of list.body.items) {
      expect(d.sourcePath).not.toMatch(/^\/|^[A-Za-z]:\\/);
      expect(d.sourcePath).not.toContain('/fixtures/');
    }
    expect(list.body.items.map((d: any) => d.sourcePath)).toContain('ruritania-review.txt');
    const id = list.body.items.find((d: any) => d.sourcePath === 'ruritania-review.txt').id;
    expect((await h.get(`/api/documents/${id}`)).body.sourcePath).toBe('ruritania-review.txt');
    expect(JSON.stringify((await h.get('/api/facts/q1')).body)).not.toContain('/fixtures/');
  });

  it('names an unreadable upload without its temporary path', async () => {
    const res = await h.upload('broken.pdf', 'not a pdf at all');
    expect(res.status).toBe(400);
    const { detail } = await res.json();
    expect(detail).toContain('broken.pdf');
    expect(detail).not.toMatch(/\/tmp|atlas-upload-|[A-Za-z]:\\/);
  });

  it('sends CSP, nosniff and frame protection on every response', async () => {
    const s = await startServer(async () => {}, { webRoot: web });
    try {
      const answers = [
        await fetch(`${s.base}/api/stats`), await fetch(`${s.base}/api/no-such`), await fetch(`${s.base}/`),
        await fetch(`${s.base}/api/docs/`), await fetch(`${s.base}/api/openapi.json`), await fetch(`${s.base}/api/health`),
        await s.upload('a.txt', 'x', { headers: {} }),
      ];
      for (const r of answers) {
        expect(r.headers.get('x-content-type-options')).toBe('nosniff');
        expect(r.headers.get('x-frame-options')).toBe('DENY');
        expect(r.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
        await r.body?.cancel();
      }
    } finally {
      await s.close();
    }
  });

  it('hands the token to the UI in its never-cached page on a loopback bind', async () => {
    const s = await startServer(async () => {}, { webRoot: web });
    try {
      for (const path of ['/', '/index.html', '/entities/3']) {
        const page = await fetch(`${s.base}${path}`);
        expect(page.status).toBe(200);
        expect(page.headers.get('cache-control')).toBe('no-store');
        expect(await page.text()).toContain(`<meta name="atlas-token" content="${s.token}" />`);
      }
    } finally {
      await s.close();
    }
  });
});

describe('atlas serve', () => {
  it('refuses to bind a non-loopback address without an explicit token', async () => {
    const saved = process.env.ATLAS_TOKEN;
    delete process.env.ATLAS_TOKEN;
    try {
      await expect(runServe({ db: join(h.dir, 'x.db'), host: '0.0.0.0', port: '0' })).rejects.toThrow(/without a write token/);
    } finally {
      if (saved !== undefined) process.env.ATLAS_TOKEN = saved;
    }
  });

  it('answers /api/health', async () => {
    const r = await h.get('/api/health');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ status: 'ok', ingest: { running: expect.any(Number), queued: expect.any(Number) } });
  });
});
