import { Worker } from 'node:worker_threads';
import type { FastifyInstance } from 'fastify';
import { VIEW_CATALOG, viewPath } from '../model/view-catalog.ts';

// The pages a first visitor is most likely to open: the views the catalog marks for warming, in its order.
export const WARM_PATHS = [
  '/api/stats', '/api/timeline',
  ...VIEW_CATALOG.filter((v) => v.warm !== null).sort((a, b) => a.warm! - b.warm!).map((v) => `/api${viewPath(v.id)}`),
  '/api/documents?limit=5',
];

const WORKER_URL = new URL('./warm-up-worker.mjs', import.meta.url);

export type WarmUpState = 'off' | 'running' | 'done' | 'failed';

/**
 * Once the server listens, computes each common view once in a worker thread with its own
 * connection to the store (`db`): the database's pages (SQLite file cache, PostgreSQL buffers) are
 * warm before the first visitor asks, each view's answer goes to the server's result cache
 * (`onSeed`), and the server's event loop never runs a view it was not asked for. Closing the server terminates the worker at once.
 */
export interface WarmSeed { url: string; generation: number; json: string; reviewed?: string }

export function warmUpOnListen(
  app: FastifyInstance, db: string, onState: (s: WarmUpState, warmed?: number) => void, onSeed: (seed: WarmSeed) => void = () => {},
): void {
  let worker: Worker | null = null;
  let closed = false;
  app.addHook('preClose', async () => {
    closed = true;
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  });
  app.addHook('onListen', async () => {
    if (closed) return;
    onState('running');
    const w = new Worker(WORKER_URL, { workerData: { db, paths: WARM_PATHS }, stdout: false, stderr: false });
    worker = w;
    w.unref();
    let warmed = 0;
    w.on('message', (m: { warmed?: number; done?: boolean; error?: string; seed?: WarmSeed }) => {
      if (typeof m.warmed === 'number') warmed = m.warmed;
      if (m.seed) onSeed(m.seed);
      if (m.done) onState(m.error ? 'failed' : 'done', warmed);
    });
    w.on('error', (e) => {
      app.log.warn({ err: e.message }, 'warm-up failed');
      onState('failed', warmed);
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
    });
  });
}
