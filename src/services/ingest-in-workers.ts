import type { ReadLimits } from '../ingest/limits.ts';
import type { RunInfo, StoredDocument } from '../model/document.ts';
import type { PutResult } from '../model/views.ts';
import type { ValidatedPut } from '../store/store.ts';
import { ExtractPool, WorkerStopped } from './worker/extract-pool.ts';
import { IngestWorker } from './worker/ingest-worker.ts';
import type { IngestFileJob } from './worker/protocol.ts';

/** Files a worker holds at once: enough that it always has the next one while the writer stores. */
const DEPTH = 4;

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
 * Reads, extracts and validates `files` in `jobs` worker threads and hands each result to `store` in
 * input order, on this thread: the one writer gives the same ids, hence the same store, as reading
 * them one by one here. Each worker holds up to DEPTH files, so it never waits for the writer; at
 * most `ahead` files are out beyond the last one stored, which bounds memory. A worker that dies
 * is replaced; the files it held are tried again one at a time in a fresh thread (the server's
 * one-job pool), so no other file is lost.
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
  const workers = Array.from({ length: opts.jobs }, () => new IngestWorker());
  const ahead = Math.max(32, 16 * opts.jobs);
  const results = new Map<number, Promise<Prepared>>();
  let retryPool: ExtractPool | null = null;
  let next = 0;
  let stored = 0;

  const job = (path: string, id: Identity): IngestFileJob => ({
    path, limits: opts.limits, sourcePath: id.sourcePath, publishedDate: opts.publishedDate, storedHash: id.stored?.contentHash ?? null, run: opts.run,
  });
  const settled = (put: ValidatedPut | null, { stored: doc }: Identity): Prepared => {
    if (put) return { put, unchanged: null };
    return { put: null, unchanged: { documentId: doc!.id, status: 'unchanged', replacedDocumentId: null, version: doc!.version, references: null } };
  };
  // The second try runs alone in its thread: if it dies again, this file is the cause.
  const retry = async (path: string, id: Identity): Promise<Prepared> => {
    retryPool ??= new ExtractPool({ timeoutMs: Infinity, maxQueued: Infinity, keepsProcessAlive: true });
    const { put } = await retryPool.ingestFile(job(path, id), retryPool.budget());
    return settled(put, id);
  };
  const prepare = async (slot: number, path: string): Promise<Prepared> => {
    let id: Identity | null = null;
    try {
      id = await opts.identify(path);
      if (!workers[slot].alive) workers[slot] = new IngestWorker();
      return settled(await workers[slot].ingestFile(job(path, id)), id);
    } catch (error) {
      if (!(error instanceof WorkerStopped) || !id) return { error };
      return retry(path, id).catch((e: unknown) => ({ error: e }));
    } finally {
      assigned[slot]--;
      dispatch();
    }
  };
  // Files go to the least loaded worker; a file counts against its worker from here (identify included).
  const assigned = workers.map(() => 0);
  function dispatch(): void {
    while (next < files.length && next < stored + ahead) {
      let slot = 0;
      for (let s = 1; s < workers.length; s++) if (assigned[s] < assigned[slot]) slot = s;
      if (assigned[slot] >= DEPTH) return;
      assigned[slot]++;
      const i = next++;
      results.set(i, prepare(slot, files[i]));
    }
  }

  try {
    dispatch();
    for (; stored < files.length; stored++) {
      const prepared = await results.get(stored)!;
      results.delete(stored);
      await store(stored, prepared);
      dispatch();
      // Storing runs without a turn of the event loop; this one lets the workers' answers in.
      await new Promise((r) => setImmediate(r));
    }
  } finally {
    await Promise.all([...workers.map((w) => w.close()), (retryPool as ExtractPool | null)?.close()]);
  }
}
