/**
 * npm run bench:ingest — `atlas ingest` (the built CLI, in a child process per run) over generated
 * documents of about 2 KB (bench/ingest-corpus.ts), with --jobs 1 and --jobs 2 side by side in one
 * run, into SQLite and into a throwaway PostgreSQL: seconds, CPU seconds (all threads), documents/s,
 * MB/s, peak RSS, store size and its growth factor (store bytes per input byte).
 * BENCH_INGEST_SIZES=100,1000,10000 (the default) sets the sizes, BENCH_INGEST_JOBS=1,2 the job
 * counts, BENCH_INGEST_STORES=sqlite,postgres the stores.
 * BENCH_INGEST_BASELINE=DIR adds a row per size and store for another checkout's CLI (DIR/bin/atlas.mjs,
 * built, run without --jobs): a before/after comparison in the same run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startTestPostgres, type TestPostgres } from '../test/store/postgres-server.ts';
import { writeIngestCorpus } from './ingest-corpus.ts';

const list = (v: string | undefined, dflt: string) => (v ?? dflt).split(',').map((s) => s.trim()).filter(Boolean);
const sizes = list(process.env.BENCH_INGEST_SIZES, '100,1000,10000').map(Number);
const jobsList = list(process.env.BENCH_INGEST_JOBS, '1,2');
const stores = list(process.env.BENCH_INGEST_STORES, 'sqlite,postgres');
const baseline = process.env.BENCH_INGEST_BASELINE ? resolve(process.env.BENCH_INGEST_BASELINE) : null;
if (baseline) spawnSync(process.execPath, [join(baseline, 'scripts/build.mjs')], { stdio: 'inherit' });

// The built CLI is what is measured: build it once before the clock runs.
spawnSync(process.execPath, [resolve('scripts/build.mjs')], { stdio: 'inherit' });
const root = mkdtempSync(join(tmpdir(), 'atlas-bench-ingest-'));
let postgres: TestPostgres | null = null;

function runIngest(dir: string, db: string, jobs: string): Promise<{ seconds: number; cpuSeconds: number; rssMb: number; out: string }> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const args = jobs === 'baseline' ? [] : ['--jobs', jobs];
    const bin = jobs === 'baseline' ? join(baseline!, 'bin/atlas.mjs') : undefined;
    const child = spawn(process.execPath, [resolve('bench/ingest-child.mjs'), 'ingest', dir, '--db', db, ...args, '--json'], {
      env: { ...process.env, ATLAS_DB: undefined, BENCH_ATLAS_BIN: bin }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      const rss = /BENCH_MAXRSS_KB (\d+)/.exec(err);
      const cpu = /BENCH_CPU_US (\d+)/.exec(err);
      if (code !== 0 || !rss || !cpu) return fail(new Error(`atlas ingest exited with ${code}: ${err.slice(-2000)}`));
      done({ seconds, cpuSeconds: Number(cpu[1]) / 1e6, rssMb: Number(rss[1]) / 1024, out });
    });
  });
}

async function storeBytes(kind: string, db: string): Promise<number> {
  if (kind === 'sqlite') return [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);
  const client = new pg.Client({ connectionString: db });
  await client.connect();
  try {
    return Number((await client.query('SELECT pg_database_size(current_database()) AS n')).rows[0].n);
  } finally {
    await client.end();
  }
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log('atlas ingest of generated ~2 KB documents (the built CLI; CPU and peak RSS include worker threads; CPU s is user + sys,');
console.log('which a busy shared machine inflates less than wall seconds; CPU ms/doc flat across sizes means linear growth)');
console.log(`${'store'.padEnd(9)}${pad('docs', 7)}${pad('MB', 7)}${pad('jobs', 9)}${pad('seconds', 9)}${pad('CPU s', 8)}${pad('CPU ms/doc', 11)}${pad('docs/s', 8)}${pad('MB/s', 7)}${pad('peak RSS MB', 12)}${pad('store MB', 10)}${pad('growth', 8)}`);
try {
  for (const size of sizes) {
    const dir = join(root, `docs-${size}`);
    const bytes = writeIngestCorpus(dir, size);
    const mb = bytes / 1048576;
    for (const kind of stores) {
      if (kind === 'postgres') postgres ??= await startTestPostgres();
      for (const jobs of baseline ? ['baseline', ...jobsList] : jobsList) {
        const db = kind === 'sqlite' ? join(root, `s${size}-j${jobs}.db`) : await postgres!.freshDatabaseUrl();
        const { seconds, cpuSeconds, rssMb, out } = await runIngest(dir, db, jobs);
        const added = (JSON.parse(out) as { documents: { added: number } }).documents.added;
        if (added !== size) throw new Error(`expected ${size} documents added, found ${added}`);
        const stored = await storeBytes(kind, db);
        console.log(`${kind.padEnd(9)}${pad(size, 7)}${pad(mb.toFixed(1), 7)}${pad(jobs, 9)}${pad(seconds.toFixed(1), 9)}${pad(cpuSeconds.toFixed(1), 8)}${pad((1000 * cpuSeconds / size).toFixed(1), 11)}${pad((size / seconds).toFixed(0), 8)}${pad((mb / seconds).toFixed(2), 7)}${pad(rssMb.toFixed(0), 12)}${pad((stored / 1048576).toFixed(1), 10)}${pad((stored / bytes).toFixed(1), 8)}`);
        if (kind === 'sqlite') rmSync(db, { force: true });
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  postgres?.stop();
  rmSync(root, { recursive: true, force: true });
}
