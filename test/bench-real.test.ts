import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/corpus.ts';

const SHARED = join(REPO_ROOT, '..', 'shared');
const REAL = join(REPO_ROOT, 'bench', 'real');
const list = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith('.')).sort();

describe('bench/real', () => {
  it('holds no document reserved for evaluation (reserved.mjs over every file under bench/)', () => {
    const r = spawnSync(process.execPath, [join(SHARED, 'eval', 'reserved.mjs'), join(REPO_ROOT, 'bench')], { encoding: 'utf8' });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('reserved'))).toEqual([]);
    expect(r.status).toBe(0);
  });

  it('has gold for every document, at least 40 train and 20 test, and no publisher in both halves', () => {
    const halves = { train: list(join(REAL, 'train', 'corpus')), test: list(join(REAL, 'test', 'corpus')) };
    expect(halves.train.length).toBeGreaterThanOrEqual(40);
    expect(halves.test.length).toBeGreaterThanOrEqual(20);
    for (const [half, docs] of Object.entries(halves)) {
      for (const d of docs) expect(existsSync(join(REAL, half, 'gold', d.replace(/\.txt$/, '.json'))), `${half}/${d}`).toBe(true);
    }
    const rows = readFileSync(join(REAL, 'SOURCES.md'), 'utf8').split('\n').filter((l) => /^\| (train|test)\//.test(l))
      .map((l) => l.split('|').map((c) => c.trim()));
    expect(rows).toHaveLength(halves.train.length + halves.test.length);
    const publishers = (half: string) => new Set(rows.filter((r) => r[1].startsWith(`${half}/`)).map((r) => r[2]));
    const train = publishers('train');
    expect([...publishers('test')].filter((p) => train.has(p))).toEqual([]);
    expect(train.size + publishers('test').size).toBeGreaterThanOrEqual(15);
  });
});
