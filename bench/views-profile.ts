/**
 * node bin/run-ts.mjs bench/views-profile.ts STORE.db [--writes 3] — the views of a server's shared
 * context in-process (for --cpu-prof): every view and an entity page once from nothing, then after
 * each of a few single-document writes, with the time of each and the heap after. --verify: each
 * view after each write must equal, as JSON, the same view computed without the shared context.
 * --send: what sending each computed view costs, as the API does it now (serialize, count reviewed
 * facts from the object) beside the baseline it replaced (parse through the output schema, serialize,
 * parse the JSON back to count). Every round ends with the process's peak RSS so far.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadContext } from '../src/analysis/context/context.ts';
import { SHARED_CONTEXT } from '../src/analysis/context/shared-context.ts';
import { computeJson } from '../src/analysis/registry/define.ts';
import { reviewCoverage } from '../src/analysis/review/coverage.ts';
import { VIEWS } from '../src/analysis/registry/views.ts';
import { entityDetail } from '../src/api/read/entity-detail.ts';
import { ingestPaths } from '../src/services/ingest-documents.ts';
import { openStore } from '../src/store/open-store.ts';
import type { AtlasStore } from '../src/store/store.ts';
import { writeIngestCorpus } from './ingest-corpus.ts';

const db = process.argv[2];
const wi = process.argv.indexOf('--writes');
const writes = wi > 0 ? Number(process.argv[wi + 1]) : 3;
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
const verify = process.argv.includes('--verify');
const send = process.argv.includes('--send');
const raw = await openStore(db, { create: false });
const key = {};
const store = new Proxy(raw, { get: (t, p) => (p === SHARED_CONTEXT ? key : Reflect.get(t, p)) }) as AtlasStore;
const ms = (t0: number) => (performance.now() - t0).toFixed(0);

async function round(label: string): Promise<void> {
  const parts: string[] = [];
  let t0 = performance.now();
  const ctx = await loadContext(store);
  parts.push(`context ${ms(t0)}`);
  for (const def of VIEWS) {
    if (only && !only.includes(def.entry.id)) continue;
    t0 = performance.now();
    const params = def.entry.id === 'ledger' ? { subject: 'army' } : {};
    const view = await computeJson(def, store, params);
    const json = JSON.stringify(view);
    parts.push(`${def.entry.id} ${ms(t0)}`);
    if (send) {
      const reviews = await raw.reviews({ orphaned: false });
      t0 = performance.now();
      const before = JSON.stringify(def.output.parse(view));
      reviewCoverage(JSON.parse(before), reviews, false);
      const was = ms(t0);
      t0 = performance.now();
      if (JSON.stringify(view) !== before) throw new Error(`${label}: ${def.entry.id} serializes differently through its schema`);
      reviewCoverage(view, reviews, false);
      parts.push(`send ${ms(t0)} (baseline ${was})`);
    }
    if (verify && json !== JSON.stringify(await computeJson(def, raw, params))) throw new Error(`${label}: ${def.entry.id} differs from a fresh computation`);
  }
  const top = (await raw.listEntities({ limit: 1, offset: 0 })).items[0];
  t0 = performance.now();
  await entityDetail(store, top.id, ctx.loads.snapshot);
  parts.push(`entity ${ms(t0)}`);
  global.gc?.();
  const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'));
  parts.push(`heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB peak ${hwm ? (Number(hwm[1]) / 1024).toFixed(0) : '?'} MB`);
  console.log(`${label}: ${parts.join(', ')}`);
}

const work = mkdtempSync(join(tmpdir(), 'atlas-views-profile-'));
try {
  await round('initial');
  writeIngestCorpus(work, writes, 99);
  // --profile FILE: a CPU profile of the rounds after the writes only (the cold requests).
  const pi = process.argv.indexOf('--profile');
  const session = pi > 0 ? new Session() : null;
  session?.connect();
  for (const file of readdirSync(work).sort()) {
    await ingestPaths(raw, [join(work, file)]);
    if (session) { await session.post('Profiler.enable'); await session.post('Profiler.start'); }
    await round(`after writing ${file}`);
    if (session) writeFileSync(`${process.argv[pi + 1]}.${file}.cpuprofile`, JSON.stringify((await session.post('Profiler.stop')).profile));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  await raw.close();
}
