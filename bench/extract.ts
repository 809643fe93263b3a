/**
 * npm run bench:extract — the development score of our pipeline beside an off-the-shelf baseline
 * (same scorer, same run), then the pipeline's throughput on >= 20 MB made by repeating the corpus.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadKnowledge } from '../src/nlp/knowledge/load.ts';
import { extract } from '../src/nlp/pipeline.ts';
import { toEvalOutput } from '../src/nlp/eval-format.ts';
import { baselineExtract } from './baseline-extractor.ts';
import { printComparison, type ScoreMany } from './score-sets.ts';

const SHARED = resolve(process.env.ATLAS_SHARED ?? '../shared');
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 20 * 1024 * 1024);

const { scoreMany } = (await import(pathToFileURL(join(SHARED, 'eval/score.mjs')).href)) as { scoreMany: ScoreMany };

const kb = loadKnowledge();
const corpusDir = join(SHARED, 'corpus');
const atlas = (name: string, text: string) => toEvalOutput(name, extract(text, kb));

console.log('Extraction scores (../shared/eval/score.mjs), the atlas beside an off-the-shelf baseline');
printComparison({ label: 'Development document (../shared/eval/gold)', corpusDir, goldDir: join(SHARED, 'eval/gold') }, scoreMany, atlas, baselineExtract);
// The real pages of bench/real: rules are tuned on train/; test/ is only ever read as these pooled scores.
for (const [half, label] of [['test', 'Real pages, test half (bench/real/test: never tuned on)'], ['train', 'Real pages, training half (bench/real/train: rules tuned on it)']]) {
  const dir = resolve('bench/real', half);
  if (existsSync(dir)) printComparison({ label, corpusDir: join(dir, 'corpus'), goldDir: join(dir, 'gold') }, scoreMany, atlas, baselineExtract);
}

// Throughput: the corpus repeated as separate documents until TARGET_BYTES, extracted one by one.
const texts = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const unitBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const copies = Math.ceil(TARGET_BYTES / unitBytes);
extract(texts[0].slice(0, 5000), kb); // warm-up: JIT and lazily compiled matchers
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
let facts = 0;
// CPU time beside wall time: on a shared machine wall time mostly measures the neighbours.
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < copies; i++) {
  for (const t of texts) {
    const x = extract(t, kb);
    facts += x.mentions.length + x.quantities.length + x.events.length;
  }
  if (i % 20 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = (copies * unitBytes) / (1024 * 1024);
console.log(`\nThroughput: ${mb.toFixed(1)} MB (${copies} copies of the corpus) in ${seconds.toFixed(1)} s = ${(mb / seconds).toFixed(2)} MB/s on one core`);
console.log(`            ${cpuSeconds.toFixed(1)} s of CPU (this thread and GC helpers) = ${(mb / cpuSeconds).toFixed(2)} MB per CPU-second`);
console.log(`            ${facts} facts; peak RSS ${(peakRss / 1048576).toFixed(0)} MB; heap growth ${((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(0)} MB`);
