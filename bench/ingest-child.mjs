// Runs the built `atlas` CLI (bin/atlas.mjs, from dist/) in this process and, as it exits, reports
// the process's peak RSS and CPU time, worker threads included, on stderr for bench/ingest.ts.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

process.on('exit', () => {
  // CPU time of the whole process (every thread): on a shared machine wall time mostly measures the neighbours.
  const u = process.resourceUsage();
  process.stderr.write(`\nBENCH_MAXRSS_KB ${u.maxRSS}\nBENCH_CPU_US ${u.userCPUTime + u.systemCPUTime}\n`);
});
// BENCH_ATLAS_BIN runs another checkout's CLI (the baseline of a before/after comparison).
const bin = resolve(process.env.BENCH_ATLAS_BIN ?? new URL('../bin/atlas.mjs', import.meta.url).pathname);
process.argv = [process.argv[0], bin, ...process.argv.slice(2)];
await import(pathToFileURL(bin).href);
