import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

/** A store that counts the reads made through it. */
function counting(store: AtlasStore): { store: AtlasStore; reads: () => number; calls: string[] } {
  let n = 0;
  const calls: string[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        if (prop !== 'generation') n++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => n, calls };
}

async function health(base: string) {
  return (await fetch(`${base}/api/health`)).json() as Promise<{ warmUp: string }>;
}

describe('warming the views after listen', () => {
  it('computes the common views in a worker, off the server\'s thread, and not when switched off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-warm-'));
    try {
      for (const warmUp of [true, false]) {
        const db = join(dir, `${warmUp}.db`);
        const base = await openSqliteStore(db);
        await base.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN);
        const { store, reads, calls } = counting(base);
        const app = await buildServer({ store, db, webRoot: join(dir, 'no-web'), warmUp });
        await app.listen({ host: '127.0.0.1', port: 0 });
        const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
        if (warmUp) {
          let state = (await health(url)).warmUp;
          expect(state).toBe('running');
          for (let i = 0; i < 300 && state === 'running'; i++) {
            await new Promise((r) => setTimeout(r, 100));
            state = (await health(url)).warmUp;
          }
          expect(state).toBe('done');
        } else {
          await new Promise((r) => setTimeout(r, 300));
          expect((await health(url)).warmUp).toBe('off');
        }
        // The warm-up computes views through its own connection: the server's store saw none of that,
        // only the generation its answers are checked against and the server's own fact snapshot, read after.
        const snapshotReads = new Set(['generation', 'documentStamps', 'entityRecords', 'entityChanges', 'events', 'mentions', 'quantities', 'links', 'relations']);
        expect(calls.filter((c) => !snapshotReads.has(c))).toEqual([]);
        if (warmUp) expect(calls).toContain('documentStamps');
        else expect(reads()).toBe(0);
        if (warmUp) {
          // Its answers are the server's: a warmed view costs the server no view computation, only
          // a read of the generation (the answer brings its count of reviewed facts along).
          calls.length = 0;
          const r = await fetch(`${url}/api/views/audit`);
          expect(r.status).toBe(200);
          expect((await r.json()).checked.length).toBeGreaterThan(0);
          expect(new Set(calls)).toEqual(new Set(['generation']));
        }
        await app.close();
        await base.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops at once when the server closes in the middle of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-warm-'));
    const db = join(dir, 'atlas.db');
    const store = await openSqliteStore(db);
    try {
      const app = await buildServer({ store, db, webRoot: join(dir, 'no-web') });
      await app.listen({ host: '127.0.0.1', port: 0 });
      const t0 = performance.now();
      await app.close();
      expect(performance.now() - t0).toBeLessThan(2000);
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
