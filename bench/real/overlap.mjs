#!/usr/bin/env node
// Does a candidate document repeat one already in bench/real (either half)? Syndicated copies of one
// article under two publishers would leak between train and test. Prints the closest documents.
//   node bench/real/overlap.mjs FILE...
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shingles } from '../../../shared/eval/reserved-lib.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const docs = [];
for (const half of ['train', 'test']) {
  const dir = join(root, half, 'corpus');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) docs.push(join(dir, f));
}
const sets = new Map(docs.map((d) => [resolve(d), new Set(shingles(readFileSync(d, 'utf8')))]));
let any = false;
for (const arg of process.argv.slice(2)) {
  const mine = new Set(shingles(readFileSync(arg, 'utf8')));
  for (const [path, other] of sets) {
    if (path === resolve(arg) || mine.size === 0) continue;
    let hit = 0;
    for (const s of mine) if (other.has(s)) hit++;
    const share = hit / mine.size;
    if (share > 0.05) { any = true; console.log(`overlap ${(share * 100).toFixed(0)}%  ${arg}  ~  ${path}`); }
  }
}
if (!any) console.log('no overlap');
process.exit(any ? 1 : 0);
