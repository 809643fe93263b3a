import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';

export const TEST_TOKEN = 'test-token-0123456789abcdef';

export interface Harness {
  base: string;
  store: AtlasStore;
  app: FastifyInstance;
  dir: string;
  token: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>;
  /** POSTs a multipart upload with the write token (unless `headers` says otherwise). */
  upload(name: string, data: Buffer | string, opts?: { field?: string; headers?: Record<string, string> }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * A temp SQLite store, seeded by `seed`, behind a really listening server on a free port. Uploads
 * take the server's own path: reading and extraction in the worker thread, storing in this store
 * (from the worker too with `storeInWorker`).
 */
export async function startServer(
  seed: (store: AtlasStore) => Promise<void>,
  opts: Partial<Omit<ServerOptions, 'store'>> & { storeInWorker?: boolean } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-api-'));
  const store = await openSqliteStore(join(dir, 'atlas.db'));
  await seed(store);
  // With the store's location (as `atlas serve` gives it) the upload worker writes through its own connection.
  const { storeInWorker, ...server } = opts;
  const located = storeInWorker ? { db: join(dir, 'atlas.db'), warmUp: false } : {};
  const app = await buildServer({ token: TEST_TOKEN, ...located, ...server, store, webRoot: opts.webRoot ?? join(dir, 'no-web') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const token = opts.token ?? TEST_TOKEN;
  return {
    base, store, app, dir, token,
    async get(path: string) {
      const res = await fetch(base + path);
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      return { status: res.status, type, body: type.includes('json') ? JSON.parse(text) : text };
    },
    upload(name, data, o = {}) {
      const form = new FormData();
      form.append(o.field ?? 'file', new Blob([typeof data === 'string' ? data : new Uint8Array(data)]), name);
      return fetch(`${base}/api/documents`, { method: 'POST', body: form, headers: o.headers ?? { authorization: `Bearer ${token}` } });
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
