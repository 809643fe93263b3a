#!/usr/bin/env node
// Cold start of the built `atlas` command: the median wall time of BENCH_RUNS (default 7) fresh
// processes each of `atlas --help` and `atlas stats` (on a small database made once from a test
// fixture), beside `node -e 0` as the floor no command can go under. Run `npm run bench:startup`
// (it builds dist/ first). The target is 250 ms for both commands on this project's 2-core machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'atlas.mjs');
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const TARGET_MS = 250;

function run(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function measure(args) {
  run(args); // one untimed run so the file system cache is warm for every command alike
  const times = Array.from({ length: runs }, () => run(args)).sort((a, b) => a - b);
  return { median: times[Math.floor((times.length - 1) / 2)], min: times[0], max: times[times.length - 1] };
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-startup-'));
try {
  const db = join(dir, 'atlas.db');
  run([bin, 'ingest', join(root, 'test', 'fixtures', 'docs', 'kyrgyz-defense-brief.md'), '--db', db, '--quiet']);
  const rows = [
    ['node -e 0 (baseline)', ['-e', '0']],
    ['atlas --help', [bin, '--help']],
    ['atlas stats', [bin, 'stats', '--db', db]],
  ];
  console.log(`cold start, median of ${runs} runs (min-max), Node ${process.version}`);
  let floor = 0;
  for (const [name, args] of rows) {
    const m = measure(args);
    if (!floor) floor = m.median;
    const extra = name.startsWith('node') ? '' : `  +${(m.median - floor).toFixed(0)} ms over node${m.median > TARGET_MS ? `  OVER the ${TARGET_MS} ms target` : ''}`;
    console.log(`  ${name.padEnd(22)} ${m.median.toFixed(0).padStart(5)} ms  (${m.min.toFixed(0)}-${m.max.toFixed(0)})${extra}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
