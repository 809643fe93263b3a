import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Harness } from './server-harness.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

// A long ordinary report takes the pipeline several seconds; the deadline here keeps the test short.
const DEADLINE_MS = 2000;
/** About 2.5 MB of varied report prose: seconds of extraction for the worker, none for the server's thread. */
function longReport(): string {
  const parts: string[] = [];
  for (let i = 0; i < 40_000; i++) {
    parts.push(`In ${1995 + (i % 25)} the ministry of Country${i % 97} bought ${(i % 400) + 2} tanks from Supplier${i % 53}.`, i % 8 ? ' ' : '\n\n');
  }
  return parts.join('');
}

let h: Harness;
beforeAll(async () => {
  h = await startServer(async (store) => { await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN); }, { extractTimeoutMs: DEADLINE_MS, storeInWorker: true });
  // Start the worker (loading the pipeline and its knowledge) before measuring.
  expect((await h.upload('warm.txt', 'The ministry bought 12 tanks in 2019.')).status).toBe(201);
});
afterAll(() => h?.close());

async function timed(path: string): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(h.base + path);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

/** Samples /api/health and reads every 50 ms while `inFlight` is pending. */
async function sampleWhile(inFlight: Promise<unknown>, paths: string[]) {
  let done = false;
  void inFlight.finally(() => { done = true; });
  const samples: Record<string, number[]> = Object.fromEntries(paths.map((p) => [p, []]));
  let sawRunning = false;
  // One request per path first: a path's first answer pays for cold code, not for the upload.
  for (const p of paths) await timed(p);
  await new Promise((r) => setTimeout(r, 300));
  while (!done) {
    for (const p of paths) {
      const t = await timed(p);
      expect(t.status).toBe(200);
      if (!done) samples[p].push(t.ms);
    }
    const health = await (await fetch(`${h.base}/api/health`)).json();
    if (health.ingest.running === 1) sawRunning = true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return { samples, sawRunning };
}

function p90(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.9)] ?? 0;
}

describe('an upload never freezes the server', () => {
  it('answers /api/health and reads within 100 ms while a long report is extracted, then stops it at the deadline', async () => {
    const t0 = performance.now();
    const upload = h.upload('long-report.txt', longReport());
    const { samples, sawRunning } = await sampleWhile(upload, ['/api/health', '/api/stats', '/api/documents?limit=5', '/api/entities?limit=5']);
    const res = await upload;
    const took = performance.now() - t0;
    expect(sawRunning).toBe(true);
    expect(res.status).toBe(422);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect((await res.json()).detail).toMatch(/did not finish within 2 s/);
    expect(took).toBeGreaterThanOrEqual(DEADLINE_MS - 200);
    expect(took).toBeLessThan(DEADLINE_MS + 5000);
    const all = Object.values(samples).flat();
    expect(samples['/api/health'].length).toBeGreaterThan(10);
    const worst = Object.fromEntries(Object.entries(samples).map(([p, ms]) => [p, Math.round(Math.max(...ms))]));
    console.log(`during a hostile upload: ${all.length} requests, worst per path (ms): ${JSON.stringify(worst)}`);
    // Health: every answer within 100 ms. Reads: nine in ten within 100 ms, none past 250 ms (the
    // test's own client shares this process, and the machine's two cores with the worker).
    expect(Math.max(...samples['/api/health'])).toBeLessThan(100);
    for (const p of Object.keys(samples)) {
      expect(p90(samples[p])).toBeLessThan(100);
      expect(Math.max(...samples[p])).toBeLessThan(250);
    }
    // Nothing of the aborted upload landed, and a fresh worker takes the next one.
    const next = await h.upload('after.txt', 'The navy commissioned 3 frigates in 2020.');
    expect(next.status).toBe(201);
  });

  it('answers health and reads at once while deeply nested HTML is read, and reports it as a client error', async () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}The ministry bought 12 tanks.${'</div>'.repeat(20_000)}</body></html>`;
    const upload = h.upload('nested.html', html);
    const { samples } = await sampleWhile(upload, ['/api/health', '/api/stats']);
    const res = await upload;
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const body = await res.json();
    expect(body.detail).toContain('nested.html');
    expect(body.detail).not.toMatch(/\/tmp|atlas-upload-/);
    expect(Math.max(...samples['/api/health'])).toBeLessThan(100);
    for (const ms of Object.values(samples).flat()) expect(ms).toBeLessThan(250);
  });
});

describe('a large upload is stored off the event loop', () => {
  it('answers /api/health within 100 ms while a long report is extracted and stored, and the report lands', async () => {
    const big = await startServer(async () => undefined, { extractTimeoutMs: 120_000, storeInWorker: true });
    try {
      expect((await big.upload('warm.txt', 'The ministry bought 12 tanks in 2019.')).status).toBe(201);
      const text = longReport().slice(0, 600_000);
      const upload = big.upload('report.txt', text);
      let done = false;
      void upload.finally(() => { done = true; });
      const health: number[] = [];
      while (!done) {
        const t0 = performance.now();
        const res = await fetch(`${big.base}/api/health`);
        await res.arrayBuffer();
        if (!done) health.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 25));
      }
      const res = await upload;
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body.result.counts.quantities).toBeGreaterThan(1000);
      expect(health.length).toBeGreaterThan(10);
      console.log(`health during a 600 KB upload stored from the worker: ${health.length} answers, worst ${Math.round(Math.max(...health))} ms`);
      expect(Math.max(...health)).toBeLessThan(100);
      expect((await big.get('/api/stats')).body.documents).toBe(2);
    } finally {
      await big.close();
    }
  }, 180_000);
});
