import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';

/** A store that counts the reads made through it. */
function counting(store: AtlasStore): { store: AtlasStore; reads: () => number } {
  let n = 0;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        n++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, reads: () => n };
}

async function settle(reads: () => number): Promise<void> {
  for (let last = -1; reads() !== last; ) {
    last = reads();
    await new Promise((r) => setTimeout(r, 150));
  }
}

describe('warming the views after listen', () => {
  it('computes the common views before anyone asks, and not when switched off', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-warm-'));
    try {
      for (const warmUp of [true, false]) {
        const base = await openSqliteStore(join(dir, `${warmUp}.db`));
        const { store, reads } = counting(base);
        const app = await buildServer({ store, webRoot: join(dir, 'no-web'), warmUp });
        await app.listen({ host: '127.0.0.1', port: 0 });
        await settle(reads);
        if (warmUp) expect(reads()).toBeGreaterThan(10);
        else expect(reads()).toBe(0);
        await app.close();
        await base.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when the server closes in the middle of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-warm-'));
    const store = await openSqliteStore(join(dir, 'atlas.db'));
    try {
      const app = await buildServer({ store, webRoot: join(dir, 'no-web') });
      await app.listen({ host: '127.0.0.1', port: 0 });
      await app.close();
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
