import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { CORPUS_DIR } from '../helpers/corpus.ts';
import { startServer, type Harness } from './server-harness.ts';

// Bounded on purpose: loopback only, a fixed number of requests, a time limit; it stops by itself.
const BURSTS = 4;
const PER_BURST = 50;
const TIME_LIMIT_MS = 60_000;

let h: Harness;
beforeAll(async () => {
  h = await startServer(async (store) => { await ingestPaths(store, [CORPUS_DIR]); }, { storeInWorker: true, extractTimeoutMs: 120_000 });
  expect((await h.upload('warm.txt', 'The ministry bought 12 tanks in 2019.')).status).toBe(201);
}, 120_000);
afterAll(() => h?.close());

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];

describe('a bounded loopback load while an upload is ingested', () => {
  it('answers every search and entity page, and prints p50/p95', async () => {
    const entities = (await h.get('/api/entities?limit=20')).body.items as { id: number }[];
    expect(entities.length).toBeGreaterThan(5);
    const report = Array.from({ length: 6000 }, (_, i) => `In ${1995 + (i % 25)} the ministry of Country${i % 97} bought ${(i % 400) + 2} tanks.`).join(' ');
    const upload = h.upload('report.txt', report);
    const started = performance.now();
    const times: Record<'search' | 'entity', number[]> = { search: [], entity: [] };
    const statuses: number[] = [];
    for (let b = 0; b < BURSTS && performance.now() - started < TIME_LIMIT_MS; b++) {
      await Promise.all(Array.from({ length: PER_BURST }, async (_, i) => {
        const kind = i % 2 ? 'entity' : 'search';
        const path = kind === 'search' ? `/api/search?q=${['CSTO', 'Kazakhstan', 'budget', 'NATO'][i % 4]}` : `/api/entities/${entities[i % entities.length].id}`;
        const t0 = performance.now();
        const res = await fetch(h.base + path);
        await res.arrayBuffer();
        times[kind].push(performance.now() - t0);
        statuses.push(res.status);
      }));
    }
    expect((await upload).status).toBe(201);
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(statuses.length).toBe(BURSTS * PER_BURST);
    for (const kind of ['search', 'entity'] as const) {
      console.log(`${kind}: ${times[kind].length} requests in bursts of ${PER_BURST} during an upload, p50 ${Math.round(pct(times[kind], 0.5))} ms, p95 ${Math.round(pct(times[kind], 0.95))} ms`);
    }
  }, 180_000);
});
