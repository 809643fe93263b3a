/**
 * npm run bench:store [-- --sizes 100,1000,10000 --stores sqlite,postgres --skip audit] — how fast the server
 * answers at size: stores of generated documents (bench/store-build.ts, cached on disk), the built
 * `atlas serve` in its own process, and p50/p95 per view, entity page, search and timeline, warm
 * (repeated requests) and cold (the first request after a write, an upload through the API), with
 * the growth factor of p95 from one size to the next and the server's peak RSS.
 * Target: p95 < 100 ms at 10,000 documents on SQLite for every view and entity page.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestPostgres, type TestPostgres } from '../test/store/postgres-server.ts';
import { writeIngestCorpus } from './ingest-corpus.ts';
import { postgresStore, sqliteStore } from './store-build.ts';
import { startBenchServer, type BenchServer } from './store-server.ts';
import { percentile, probesFor, type Probe } from './store-probes.ts';
import { readFileSync, readdirSync } from 'node:fs';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return (i > 0 ? process.argv[i + 1] : dflt).split(',').map((s) => s.trim()).filter(Boolean);
};
const sizes = arg('sizes', '100,1000,10000').map(Number);
const stores = arg('stores', 'sqlite,postgres');
// --skip audit: leave out probes whose name contains a word (a view that cannot run at a size).
const skip = arg('skip', '');
const WARM_SAMPLES = 15;
const COLD_ROUNDS = 5;
// A slow probe gets fewer samples, so one bad view cannot stall the run.
const BUDGET_MS = 15_000;

interface Row { store: string; size: number; probe: string; warm: number[]; cold: number[] }

async function measure(server: BenchServer, probes: Probe[], work: string, store: string, size: number): Promise<Row[]> {
  const rows = probes.map((p) => ({ store, size, probe: p.name, warm: [] as number[], cold: [] as number[] }));
  // Cold: each round writes one document, then asks every probe once (its first request since the write).
  const uploads = join(work, `uploads-${store}-${size}`);
  writeIngestCorpus(uploads, COLD_ROUNDS, 7 + size);
  const files = readdirSync(uploads).sort();
  for (const file of files) {
    await server.upload(`bench-${store}-${size}-${file}`, readFileSync(join(uploads, file), 'utf8'));
    for (const [i, p] of probes.entries()) {
      if (rows[i].cold.reduce((a, b) => a + b, 0) > BUDGET_MS) continue;
      rows[i].cold.push((await server.get(p.path)).ms);
    }
  }
  for (const [i, p] of probes.entries()) {
    let spent = 0;
    for (let n = 0; n < WARM_SAMPLES && (n < 2 || spent < BUDGET_MS); n++) {
      const { ms } = await server.get(p.path);
      rows[i].warm.push(ms);
      spent += ms;
    }
  }
  for (const r of rows) console.error(`  ${store} ${size} ${r.probe}: warm p50 ${f(percentile(r.warm, 50))} p95 ${f(percentile(r.warm, 95))}, cold p95 ${f(percentile(r.cold, 95))} (${r.warm.length}+${r.cold.length} samples)`);
  return rows;
}

const f = (ms: number) => (Number.isNaN(ms) ? '-' : ms >= 1000 ? `${(ms / 1000).toFixed(1)}s` : `${ms.toFixed(ms < 10 ? 1 : 0)}`);
const pad = (s: string | number, n: number) => String(s).padStart(n);

spawnSync(process.execPath, [resolve('scripts/build.mjs')], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'atlas-bench-store-run-'));
let postgres: TestPostgres | null = null;
const all: Row[] = [];
const rss: string[] = [];
try {
  for (const store of stores) {
    for (const size of sizes) {
      console.error(`${store} ${size}: preparing the store`);
      if (store === 'postgres') postgres ??= await startTestPostgres();
      const db = store === 'sqlite' ? sqliteStore(size, work) : await postgresStore(size, postgres!, work);
      const server = await startBenchServer(db);
      try {
        const probes = (await probesFor(server)).filter((p) => !skip.some((w) => p.name.includes(w)));
        console.error(`${store} ${size}: measuring ${probes.length} probes`);
        all.push(...await measure(server, probes, work, store, size));
        rss.push(`${store.padEnd(9)}${pad(size, 7)}  peak RSS of the server ${server.peakRssMb().toFixed(0)} MB`);
      } catch (e) {
        // One size failing (the server running out of memory) still leaves the others' figures.
        console.error(`${store} ${size}: FAILED: ${(e as Error).message}`);
        rss.push(`${store.padEnd(9)}${pad(size, 7)}  FAILED: ${(e as Error).message.split('\n')[0]}`);
      } finally {
        await server.stop();
      }
    }
  }
} finally {
  postgres?.stop();
  rmSync(work, { recursive: true, force: true });
}

console.log('\nbench:store: milliseconds per request to the built `atlas serve` (p50 / p95; cold = first request after a write)');
console.log('target: p95 < 100 ms at 10,000 documents on SQLite for every view and entity page');
for (const store of stores) {
  console.log(`\n${store}`);
  console.log(`${'probe'.padEnd(18)}${sizes.map((s) => `${pad(s, 7)}: warm p50   p95 cold p95`).join('')}${sizes.slice(1).map((s, i) => pad(`x${sizes[i]}→${s}`, 12)).join('')}`);
  const names = [...new Set(all.filter((r) => r.store === store).map((r) => r.probe))];
  for (const name of names) {
    const bySize = sizes.map((s) => all.find((r) => r.store === store && r.size === s && r.probe === name));
    const p95 = bySize.map((r) => (r ? percentile(r.cold.length ? r.cold : r.warm, 95) : NaN));
    const cells = bySize.map((r) => (r ? `${pad('', 9)}${pad(f(percentile(r.warm, 50)), 6)}${pad(f(percentile(r.warm, 95)), 6)}${pad(f(percentile(r.cold, 95)), 9)}` : pad('-', 30)));
    const growth = p95.slice(1).map((v, i) => pad(`${(v / p95[i]).toFixed(1)}`, 12));
    console.log(`${name.padEnd(18)}${cells.join('')}${growth.join('')}`);
  }
}
console.log(`\n${rss.join('\n')}`);
console.log('growth: cold p95 at a size over cold p95 at the size before (10x the documents: 10 or less is linear or better)');
