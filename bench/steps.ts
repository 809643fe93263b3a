/**
 * npm run bench:steps — where the pipeline's time goes: mean milliseconds per document for each
 * step over the corpus, repeated (BENCH_ROUNDS, default 40) after a warm-up. Use it beside
 * bench:extract to see which step a change made faster or slower; compare runs made minutes apart
 * on the same machine, never against figures from elsewhere.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadKnowledge } from '../src/nlp/knowledge/load.ts';
import { newState, STEPS } from '../src/nlp/pipeline.ts';

const corpusDir = resolve(process.env.ATLAS_CORPUS ?? '../shared/corpus');
const rounds = Number(process.env.BENCH_ROUNDS ?? 40);
const texts = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => readFileSync(join(corpusDir, f), 'utf8'));
if (!texts.length) throw new Error(`no .txt or .md documents in ${corpusDir}`);
const kb = loadKnowledge();
const ms = new Map<string, number>(STEPS.map((s) => [s.id, 0]));
const WARM_UP = 3;
for (let round = 0; round < rounds + WARM_UP; round++) {
  for (const text of texts) {
    const state = newState(text, kb);
    for (const step of STEPS) {
      const t = performance.now();
      step.run(state);
      if (round >= WARM_UP) ms.set(step.id, ms.get(step.id)! + performance.now() - t);
    }
  }
}
const docs = rounds * texts.length;
const total = [...ms.values()].reduce((a, b) => a + b, 0);
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length;
console.log(`Pipeline steps: ${docs} documents of ${(bytes / 1024).toFixed(0)} KB on average`);
for (const [id, t] of ms) console.log(`  ${id.padEnd(12)} ${(t / docs).toFixed(1).padStart(6)} ms  ${((100 * t) / total).toFixed(0).padStart(3)} %`);
console.log(`  ${'total'.padEnd(12)} ${(total / docs).toFixed(1).padStart(6)} ms  = ${(bytes / 1048576 / (total / docs / 1000)).toFixed(2)} MB/s`);
