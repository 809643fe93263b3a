import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from '../store/open-store.ts';
import { buildServer } from './server.ts';

/**
 * Requests each common view once against its own store connection and hands each view's answer to
 * the server's result cache; failures are ignored.
 */
const { db, paths } = workerData as { db: string; paths: string[] };
const port = parentPort!;
let warmed = 0;
try {
  const store = await openStore(db, { create: false });
  try {
    const app = await buildServer({ store, warmUp: false, uploads: false, webRoot: '' });
    for (const url of paths) {
      // Read before computing: an answer is offered for the generation it cannot be older than.
      const generation = await store.generation();
      const res = await app.inject({ method: 'GET', url }).catch(() => null);
      if (res && res.statusCode < 400) warmed++;
      const seed = res && res.statusCode === 200 && url.startsWith('/api/views/') ? { url, generation, json: res.body, reviewed: res.headers['atlas-reviewed-facts'] as string | undefined } : undefined;
      port.postMessage({ warmed, seed });
      // Give the thread's own loop a turn between views.
      await new Promise((r) => setImmediate(r));
    }
    await app.close();
  } finally {
    await store.close();
  }
  port.postMessage({ warmed, done: true });
} catch (e) {
  port.postMessage({ warmed, done: true, error: (e as Error).message });
}
