import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, type IngestSummary } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import { CORPUS_DIR, FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';
import { dumpSqlite } from '../helpers/dump-sqlite.ts';

async function ingestInto(dbPath: string, inputs: string[], jobs: number): Promise<IngestSummary> {
  const store = await openStore(dbPath, { create: true });
  try {
    return await ingestPaths(store, inputs, {}, undefined, { jobs });
  } finally {
    await store.close();
  }
}

describe('atlas ingest --jobs N', () => {
  let dir: string;
  let docs: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-jobs-'));
    docs = join(dir, 'docs');
    mkdirSync(docs);
    // Real pages and the development document, a twin (same text, another name: its own document), a
    // Markdown fixture and a file that cannot be read: every outcome an ingest can have.
    const real = join(REPO_ROOT, 'bench', 'real', 'train', 'corpus');
    for (const f of readdirSync(real).sort().slice(0, 16)) copyFileSync(join(real, f), join(docs, f));
    for (const f of readdirSync(CORPUS_DIR)) copyFileSync(join(CORPUS_DIR, f), join(docs, `dev-${f}`));
    copyFileSync(join(real, readdirSync(real).sort()[0]), join(docs, 'zz-twin.txt'));
    for (const f of readdirSync(FIXTURE_DOCS)) copyFileSync(join(FIXTURE_DOCS, f), join(docs, f));
    writeFileSync(join(docs, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('makes exactly the store that one job makes, table by table', async () => {
    const one = await ingestInto(join(dir, 'one.db'), [docs], 1);
    const two = await ingestInto(join(dir, 'two.db'), [docs], 2);
    const three = await ingestInto(join(dir, 'three.db'), [docs], 3);
    expect(one.documents.added).toBeGreaterThan(15);
    expect(one.documents.unchanged).toBe(0);
    expect(one.failures.map((f) => f.path)).toEqual([join(docs, 'broken.txt')]);
    expect(two).toEqual(one);
    expect(three).toEqual(one);
    const expected = dumpSqlite(join(dir, 'one.db'));
    expect(expected.mentions.length).toBeGreaterThan(100);
    expect(dumpSqlite(join(dir, 'two.db'))).toEqual(expected);
    expect(dumpSqlite(join(dir, 'three.db'))).toEqual(expected);
  }, 240_000);

  it('a second run over the same files changes nothing, in workers too', async () => {
    const again = await ingestInto(join(dir, 'two.db'), [docs], 2);
    // Every readable file (all but broken.txt) is already stored.
    expect(again.documents).toEqual({ added: 0, replaced: 0, unchanged: readdirSync(docs).length - 1 });
    expect(dumpSqlite(join(dir, 'two.db'))).toEqual(dumpSqlite(join(dir, 'one.db')));
  }, 240_000);

  for (const mode of ['exit', 'throw']) {
    it(`a worker that dies (${mode}) under one file costs that file only`, async () => {
      const victim = readdirSync(docs).sort()[5];
      const onlyOthers = join(dir, `others-${mode}`);
      mkdirSync(onlyOthers);
      for (const f of readdirSync(docs)) if (f !== victim) copyFileSync(join(docs, f), join(onlyOthers, f));
      process.env.ATLAS_TEST_WORKER_CRASH = victim;
      process.env.ATLAS_TEST_WORKER_CRASH_MODE = mode;
      let crashed: IngestSummary;
      try {
        crashed = await ingestInto(join(dir, `crash-${mode}.db`), [docs], 2);
      } finally {
        delete process.env.ATLAS_TEST_WORKER_CRASH;
        delete process.env.ATLAS_TEST_WORKER_CRASH_MODE;
      }
      expect(crashed.failures.map((f) => f.path)).toEqual([join(docs, victim), join(docs, 'broken.txt')].sort());
      expect(crashed.failures.find((f) => f.path.endsWith(victim))?.error).toMatch(/extract worker/);
      // Everything else landed, with the ids and rows it gets when the victim was never there.
      const without = await ingestInto(join(dir, `without-${mode}.db`), [onlyOthers], 1);
      expect(crashed.documents).toEqual(without.documents);
      const rows = (db: string) => {
        const d = dumpSqlite(db);
        d.documents = d.documents.map((r) => ({ ...(r as object), source_path: String((r as { source_path: string }).source_path).split('/').pop() }));
        return d;
      };
      expect(rows(join(dir, `crash-${mode}.db`))).toEqual(rows(join(dir, `without-${mode}.db`)));
    }, 240_000);
  }
});
