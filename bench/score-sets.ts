import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { EvalOutput } from '../src/model/eval.ts';

export interface EvalSet { label: string; corpusDir: string; goldDir: string }
export type Extractor = (docName: string, text: string) => EvalOutput;
type Scored = { sections: Record<string, { precision: number; recall: number; f1: number }>; macro_f1: number };
export type ScoreMany = (pairs: [unknown, unknown][]) => Scored;

/** Pairs every gold file of a set with an extractor's output on its document. */
export function runSet(set: EvalSet, extractor: Extractor): [unknown, unknown][] {
  const docs = readdirSync(set.corpusDir);
  return readdirSync(set.goldDir).filter((f) => f.endsWith('.json')).sort().flatMap((goldFile) => {
    const name = basename(goldFile, '.json');
    const docFile = docs.find((f) => f.startsWith(`${name}.`));
    if (!docFile) return [];
    const gold = { doc: goldFile, ...JSON.parse(readFileSync(join(set.goldDir, goldFile), 'utf8')) };
    const text = readFileSync(join(set.corpusDir, docFile), 'utf8').normalize('NFC').replace(/\r\n?/g, '\n');
    return [[gold, extractor(docFile, text)] as [unknown, unknown]];
  });
}

const pct = (x: number) => (100 * x).toFixed(1);

/** One table: each section's F1 for the baseline beside P/R/F1 for the atlas, pooled over the set. */
export function printComparison(set: EvalSet, scoreMany: ScoreMany, atlas: Extractor, baseline: Extractor): void {
  const ours = scoreMany(runSet(set, atlas));
  const base = scoreMany(runSet(set, baseline));
  console.log(`\n${set.label}`);
  console.log(`  ${'section'.padEnd(12)} ${'baseline F1'.padStart(12)} ${'atlas P'.padStart(8)} ${'atlas R'.padStart(8)} ${'atlas F1'.padStart(9)}`);
  for (const s of ['entities', 'quantities', 'events']) {
    const o = ours.sections[s];
    console.log(`  ${s.padEnd(12)} ${pct(base.sections[s].f1).padStart(12)} ${pct(o.precision).padStart(8)} ${pct(o.recall).padStart(8)} ${pct(o.f1).padStart(9)}`);
  }
  console.log(`  ${'macro F1'.padEnd(12)} ${pct(base.macro_f1).padStart(12)} ${''.padStart(17)} ${pct(ours.macro_f1).padStart(9)}`);
}
