import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { ingestDocument, newRun } from '../../src/services/ingest-documents.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';

export interface Harness {
  base: string;
  store: AtlasStore;
  app: FastifyInstance;
  dir: string;
  get(path: string): Promise<{ status: number; type: string; body: any }>;
  close(): Promise<void>;
}

/**
 * The real upload path: the buffer lands in a temp file, is read by the ingest readers, extracted
 * by the pipeline and stored. (The lead's `atlas serve` passes its own ingest function.)
 */
export function uploadIngest(store: AtlasStore, dir: string) {
  return async (file: { filename: string; data: Buffer }) => {
    const upDir = join(dir, 'uploads', String(Date.now()));
    mkdirSync(upDir, { recursive: true });
    const path = join(upDir, basename(file.filename).replace(/[^\w.-]/g, '_'));
    writeFileSync(path, file.data);
    const kb = loadKnowledge();
    const doc = await readDocument(path);
    const { result } = await ingestDocument(store, doc, kb, newRun(kb));
    return result;
  };
}

/** A temp SQLite store, seeded by `seed`, behind a really listening server on a free port. */
export async function startServer(seed: (store: AtlasStore) => Promise<void>, opts: { maxUploadBytes?: number; webRoot?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-api-'));
  const store = await openSqliteStore(join(dir, 'atlas.db'));
  await seed(store);
  const app = await buildServer({ store, ingest: uploadIngest(store, dir), maxUploadBytes: opts.maxUploadBytes, webRoot: opts.webRoot ?? join(dir, 'no-web') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    base, store, app, dir,
    async get(path: string) {
      const res = await fetch(base + path);
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      return { status: res.status, type, body: type.includes('json') ? JSON.parse(text) : text };
    },
    async close() {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
