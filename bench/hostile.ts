/**
 * npm run bench:hostile — seconds to read and extract each hostile input shape at growing sizes,
 * beside ordinary text of the same size read in the same run (the baseline). Each input runs in
 * its own process under a time limit (BENCH_TIMEOUT seconds, default 60), so a hang shows as
 * "> limit" instead of stopping the run. Sizes: BENCH_SIZES (comma-separated bytes, K/M suffixes).
 * Compare columns within one run; the ratio to the baseline is what shows non-linear growth.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepHtml, docxBomb, longLine, longWord, plainText, unclosedBold } from './hostile-inputs.ts';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const timeout = Number(process.env.BENCH_TIMEOUT ?? 60);
const sizes = (process.env.BENCH_SIZES ?? '128K,512K,2M').split(',').map(parseSize);
const docxSizes = (process.env.BENCH_DOCX_SIZES ?? '16M,64M,300M').split(',').map(parseSize);

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size: ${s}`);
  return Math.round(Number(m[1]) * 1024 ** ' KMG'.indexOf((m[2] || ' ').toUpperCase()));
}

function human(n: number): string {
  return n >= 1048576 ? `${+(n / 1048576).toFixed(1)}M` : `${Math.round(n / 1024)}K`;
}

interface Run { seconds: number | null; rssMB: number | null; error: string | null }

function time(path: string): Run {
  const r = spawnSync(process.execPath, [join(root, 'bin/run-ts.mjs'), join(root, 'bench/hostile-worker.ts'), path], {
    cwd: root, timeout: timeout * 1000, encoding: 'utf8', maxBuffer: 1 << 20,
  });
  if (r.error || r.status !== 0) {
    const why = r.signal ? `killed after ${timeout} s` : (r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`);
    return { seconds: null, rssMB: null, error: why };
  }
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Run;
}

function cell(r: Run): string {
  return r.seconds === null ? `> ${timeout}`.padStart(8) : r.seconds.toFixed(2).padStart(8);
}

const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-hostile-'));
try {
  const shapes: [string, string, (n: number) => string][] = [
    ['long line (no \\n)', 'txt', longLine],
    ['one long word', 'txt', longWord],
    ['unclosed ** (md)', 'md', unclosedBold],
    ['unclosed <div>s', 'html', deepHtml],
  ];
  console.log(`Hostile inputs: seconds to read + extract (each in its own process, limit ${timeout} s; baseline = ordinary text of the same size)`);
  console.log(`${'shape'.padEnd(22)}${'size'.padStart(7)}${'seconds'.padStart(9)}${'baseline'.padStart(9)}${'ratio'.padStart(7)}  MB rss  note`);
  const baseline = new Map<number, Run>();
  for (const size of sizes) {
    const p = join(dir, `plain-${size}.txt`);
    writeFileSync(p, plainText(size));
    baseline.set(size, time(p));
  }
  for (const size of sizes) {
    const b = baseline.get(size)!;
    console.log(`${'plain text (baseline)'.padEnd(22)}${human(size).padStart(7)}${cell(b)}${cell(b)}${'1.0'.padStart(7)}  ${String(b.rssMB ?? '-').padStart(6)}  ${b.error ?? ''}`);
  }
  for (const [name, ext, make] of shapes) {
    for (const size of sizes) {
      const p = join(dir, `${name.replace(/\W+/g, '-')}-${size}.${ext}`);
      writeFileSync(p, make(size));
      const r = time(p);
      const b = baseline.get(size)!;
      const ratio = r.seconds !== null && b.seconds ? (r.seconds / b.seconds).toFixed(1) : '-';
      console.log(`${name.padEnd(22)}${human(size).padStart(7)}${cell(r)}${cell(b)}${ratio.padStart(7)}  ${String(r.rssMB ?? '-').padStart(6)}  ${r.error?.slice(0, 90) ?? ''}`);
    }
  }
  for (const size of docxSizes) {
    const p = join(dir, `bomb-${size}.docx`);
    writeFileSync(p, await docxBomb(size));
    const r = time(p);
    console.log(`${'docx expanding to'.padEnd(22)}${human(size).padStart(7)}${cell(r)}${'-'.padStart(9)}${'-'.padStart(7)}  ${String(r.rssMB ?? '-').padStart(6)}  ${r.error?.slice(0, 90) ?? ''}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
