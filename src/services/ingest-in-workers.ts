import type { ReadLimits } from '../ingest/limits.ts';
import type { RunInfo, StoredDocument } from '../model/document.ts';
import type { PutResult } from '../model/views.ts';
import type { ValidatedPut } from '../store/store.ts';
import { ExtractPool, WorkerStopped } from './worker/extract-pool.ts';

/** What the workers made of one file: a validated put to store, the stored document it leaves unchanged, or an error. */
export type Prepared =
  | { put: ValidatedPut; unchanged: null }
  | { put: null; unchanged: PutResult }
  | { error: unknown };

/** A file's identity, found before it is read: its canonical source and what the store holds under it. */
export interface Identity {
  sourcePath: string;
  stored: StoredDocument | null;
}

/**
 * Reads, extracts and validates `files` in `jobs` worker threads (the server's extraction workers,
 * without a deadline or a memory ceiling; one message each way per file) and hands each result to
 * `store` in input order, on this thread:
 * the one writer gives the same ids, hence the same store, as reading them one by one here.
 * A worker that dies under a file is replaced and the file is tried once more in the fresh one;
 * no other file is lost. At most `ahead` results wait for the writer, which bounds memory.
 */
export async function prepareInWorkers(
  files: readonly string[],
  opts: {
    jobs: number; limits: ReadLimits; run: RunInfo;
    /** `--date`: when the documents were published, over what their metadata or text says. */
    publishedDate: string | null;
    /** Gives a file its identity (source) and says what the store holds under it. */
    identify(path: string): Promise<Identity>;
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
      const { sourcePath, stored } = await opts.identify(path);
      const { put } = await pool.ingestFile({
        path, limits: opts.limits, sourcePath, publishedDate: opts.publishedDate, storedHash: stored?.contentHash ?? null, run: opts.run,
      }, budget);
      if (put) return { put, unchanged: null };
      const unchanged: PutResult = { documentId: stored!.id, status: 'unchanged', replacedDocumentId: null, version: stored!.version, references: null };
      return { put: null, unchanged };
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
