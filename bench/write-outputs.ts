/**
 * Writes the atlas's eval output for every document of a folder into OUT_DIR, in one process:
 *   node bin/run-ts.mjs bench/write-outputs.ts CORPUS_DIR OUT_DIR
 * then `node ../shared/eval/score.mjs GOLD_DIR OUT_DIR` scores them (add --misses on training sets only).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { loadKnowledge } from '../src/nlp/knowledge/load.ts';
import { extract } from '../src/nlp/pipeline.ts';
import { toEvalOutput } from '../src/nlp/eval-format.ts';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: write-outputs.ts CORPUS_DIR OUT_DIR');
  process.exit(2);
}
const kb = loadKnowledge();
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(corpusDir).sort()) {
  const text = readFileSync(join(corpusDir, f), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
  writeFileSync(join(outDir, `${basename(f, extname(f))}.json`), JSON.stringify(toEvalOutput(f, extract(text, kb)), null, 1));
}
