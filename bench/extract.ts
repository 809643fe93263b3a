/**
 * npm run bench:extract — the development score of our pipeline beside an off-the-shelf baseline
 * (same scorer, same run), then the pipeline's throughput on >= 20 MB made by repeating the corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadKnowledge } from '../src/nlp/knowledge/load.ts';
import { extract } from '../src/nlp/pipeline.ts';
import { toEvalOutput } from '../src/nlp/eval-format.ts';
import { baselineExtract } from './baseline-extractor.ts';

const SHARED = resolve(process.env.ATLAS_SHARED ?? '../shared');
const TARGET_BYTES = Number(process.env.BENCH_BYTES ?? 20 * 1024 * 1024);

type Scored = { sections: Record<string, { precision: number; recall: number; f1: number }>; macro_f1: number };
const { score } = (await import(pathToFileURL(join(SHARED, 'eval/score.mjs')).href)) as { score: (g: unknown, s: unknown) => Scored };

const kb = loadKnowledge();
const goldDir = join(SHARED, 'eval/gold');
const corpusDir = join(SHARED, 'corpus');
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

console.log('Development score (../shared/eval/score.mjs), pipeline vs off-the-shelf baseline\n');
console.log(`${'document / section'.padEnd(44)} ${'baseline F1'.padStart(12)} ${'atlas P'.padStart(8)} ${'atlas R'.padStart(8)} ${'atlas F1'.padStart(9)}`);
for (const goldFile of readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort()) {
  const name = basename(goldFile, '.json');
  const docFile = readdirSync(corpusDir).find((f) => f.startsWith(`${name}.`));
  if (!docFile) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, goldFile), 'utf8'));
  const text = readFileSync(join(corpusDir, docFile), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  const ours = score(gold, toEvalOutput(docFile, extract(text, kb)));
  const base = score(gold, baselineExtract(docFile, text));
  console.log(name.slice(0, 44));
  for (const section of ['entities', 'quantities', 'events']) {
    const o = ours.sections[section];
    console.log(`  ${section.padEnd(42)} ${pct(base.sections[section].f1).padStart(12)} ${pct(o.precision).padStart(8)} ${pct(o.recall).padStart(8)} ${pct(o.f1).padStart(9)}`);
  }
  console.log(`  ${'macro F1'.padEnd(42)} ${pct(base.macro_f1).padStart(12)} ${''.padStart(8)} ${''.padStart(8)} ${pct(ours.macro_f1).padStart(9)}`);
}

// Throughput: the corpus repeated as separate documents until TARGET_BYTES, extracted one by one.
const texts = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const unitBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const copies = Math.ceil(TARGET_BYTES / unitBytes);
extract(texts[0].slice(0, 5000), kb); // warm-up: JIT and lazily compiled matchers
const heapBefore = process.memoryUsage().heapUsed;
let peakRss = process.memoryUsage().rss;
let facts = 0;
const t0 = performance.now();
for (let i = 0; i < copies; i++) {
  for (const t of texts) {
    const x = extract(t, kb);
    facts += x.mentions.length + x.quantities.length + x.events.length;
  }
  if (i % 20 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const seconds = (performance.now() - t0) / 1000;
const mb = (copies * unitBytes) / (1024 * 1024);
console.log(`\nThroughput: ${mb.toFixed(1)} MB (${copies} copies of the corpus) in ${seconds.toFixed(1)} s = ${(mb / seconds).toFixed(2)} MB/s on one core`);
console.log(`            ${facts} facts; peak RSS ${(peakRss / 1048576).toFixed(0)} MB; heap growth ${((process.memoryUsage().heapUsed - heapBefore) / 1048576).toFixed(0)} MB`);
