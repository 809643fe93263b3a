import type { DocumentInput, Extraction } from '../model/document.ts';
import type { ReadLimits } from '../ingest/limits.ts';
import type { PutResult } from '../model/views.ts';
import type { AtlasStore } from '../store/store.ts';
import { ExtractPool, WorkerStopped } from './worker/extract-pool.ts';

/** What the workers made of one file: a document to store (with its extraction, or none when already stored), or an error. */
export type Prepared =
  | { doc: DocumentInput; extraction: Extraction; unchanged: null }
  | { doc: DocumentInput; extraction: null; unchanged: PutResult }
  | { error: unknown };

/**
 * Reads and extracts `files` in `jobs` worker threads (the server's extraction workers, without a
 * deadline or a memory ceiling) and hands each result to `store` in input order, on this thread:
 * the one writer gives the same ids, hence the same store, as reading them one by one here.
 * A worker that dies under a file is replaced and the file is tried once more in the fresh one;
 * no other file is lost. At most `ahead` results wait for the writer, which bounds memory.
 */
export async function prepareInWorkers(
  files: readonly string[],
  opts: {
    jobs: number; limits: ReadLimits;
    /** Gives a read document its identity (source, date) and says whether the store already has it. */
    identify(path: string, doc: DocumentInput): Promise<{ doc: DocumentInput; unchanged: PutResult | null }>;
  },
  store: (index: number, prepared: Prepared) => Promise<void>,
): Promise<void> {
  const pools = Array.from({ length: opts.jobs }, () => new ExtractPool({ timeoutMs: Infinity, maxQueued: Infinity, keepsProcessAlive: true }));
  const ahead = Math.max(4, 4 * opts.jobs);
  const results = new Map<number, Promise<Prepared>>();
  let next = 0;
  let stored = 0;
  const waiting: (() => void)[] = [];

  const prepare = async (pool: ExtractPool, path: string, retried = false): Promise<Prepared> => {
    const budget = pool.budget();
    try {
      const { doc, unchanged } = await opts.identify(path, await pool.readFile(path, opts.limits, budget));
      if (unchanged) return { doc, extraction: null, unchanged };
      const { extraction } = await pool.extract(doc.text, doc.publishedDate, budget);
      return { doc, extraction, unchanged: null };
    } catch (error) {
      if (error instanceof WorkerStopped && !retried) return prepare(pool, path, true);
      return { error };
    }
  };

  // Two lanes per worker: while the main thread handles one lane's result, the worker has the other's job.
  const lane = async (pool: ExtractPool) => {
    for (;;) {
      while (next < files.length && next >= stored + ahead) await new Promise<void>((r) => waiting.push(r));
      if (next >= files.length) return;
      const i = next++;
      let settle!: (p: Prepared) => void;
      results.set(i, new Promise<Prepared>((r) => { settle = r; }));
      settle(await prepare(pool, files[i]));
    }
  };

  try {
    for (const pool of pools) pool.prewarm();
    const lanes = pools.flatMap((pool) => [lane(pool), lane(pool)]);
    for (; stored < files.length; stored++) {
      while (!results.has(stored)) await new Promise((r) => setImmediate(r));
      const prepared = await results.get(stored)!;
      results.delete(stored);
      await store(stored, prepared);
      for (const w of waiting.splice(0)) w();
    }
    await Promise.all(lanes);
  } finally {
    await Promise.all(pools.map((p) => p.close()));
  }
}
