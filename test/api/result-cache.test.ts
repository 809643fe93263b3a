import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/api/result-cache.ts';
import { buildServer } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

/** Counts the store calls made through it, by method name. */
function counting(store: AtlasStore): { store: AtlasStore; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => { calls.push(String(prop)); return (v as (...a: unknown[]) => unknown).apply(target, args); };
    },
  });
  return { store: proxy, calls };
}

let h: Harness;
let counted: { store: AtlasStore; calls: string[] };
beforeAll(async () => {
  h = await startServer(async (store) => {
    await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN);
    counted = counting(store);
  });
});
afterAll(() => h?.close());

describe('views and entity pages cached by store generation', () => {
  it('answers a repeated view from the cache, and recomputes after a write from another connection', async () => {
    const app = await buildServer({ store: counted.store, webRoot: join(h.dir, 'no-web'), uploads: false });
    const server = { get: async (url: string) => ({ body: (await app.inject({ method: 'GET', url })).json() }) };
    try {
      const first = await server.get('/api/views/people');
      expect(first.body.people.map((p: any) => p.person.name)).toContain('Anton Varga');
      counted.calls.length = 0;
      const again = await server.get('/api/views/people');
      expect(again.body).toEqual(first.body);
      // The cached answer carries its count of reviewed facts: one read of the generation row.
      expect(counted.calls).toEqual(['generation']);

      // Another process (here: another connection to the same file) deletes the document.
      const other = await openSqliteStore(join(h.dir, 'atlas.db'));
      const doc = (await other.listDocuments({ limit: 1, offset: 0 })).items[0];
      await other.deleteDocument(doc.id);
      await other.close();
      const after = await server.get('/api/views/people');
      expect(after.body.people).toEqual([]);
      expect(counted.calls.length).toBeGreaterThan(2);
    } finally {
      await app.close();
    }
  });

  it('keeps at most its bound, dropping the least recently used, and never keeps a failure', async () => {
    const { store } = counting(h.store);
    const cache = new ResultCache(store, 2);
    let computed = 0;
    const get = async (k: string) => (await cache.get(k, async () => ({ json: `${k}:${++computed}` }))).json;
    expect(await get('a')).toBe('a:1');
    expect(await get('b')).toBe('b:2');
    expect(await get('a')).toBe('a:1');
    expect(await get('c')).toBe('c:3');
    expect(cache.size).toBe(2);
    expect(await get('a')).toBe('a:1');
    expect(await get('b')).toBe('b:4');
    await expect(cache.get('bad', async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect((await cache.get('bad', async () => ({ json: 'ok' }))).json).toBe('ok');
  });

  it('keeps at most its bound of characters: a large answer pushes older ones out', async () => {
    const { store } = counting(h.store);
    const cache = new ResultCache(store, 10, 100);
    let computed = 0;
    const get = (k: string, chars: number) => cache.get(k, async () => { computed++; return { json: k.repeat(chars) }; });
    await get('a', 40);
    await get('b', 40);
    await new Promise((r) => setImmediate(r));
    expect(cache.size).toBe(2);
    await get('c', 40);
    await new Promise((r) => setImmediate(r));
    expect(cache.size).toBe(2);
    computed = 0;
    await get('a', 40);
    expect(computed).toBe(1);
  });
});
