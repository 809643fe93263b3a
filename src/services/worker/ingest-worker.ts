import { Worker } from 'node:worker_threads';
import { InvalidInput } from '../../model/errors.ts';
import type { ValidatedPut } from '../../store/store.ts';
import { WorkerStopped } from './extract-pool.ts';
import type { IngestFileJob, WorkerResponse } from './protocol.ts';

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

interface Pending {
  resolve(put: ValidatedPut | null): void;
  reject(e: Error): void;
}

/**
 * One extraction thread of `atlas ingest --jobs N` that holds several files at once: they wait in
 * the thread's own message queue, so it goes from one file to the next without waiting for the
 * writer thread, which is busy storing (with one file at a time, the workers sat idle for about
 * half of a 10,000-document ingest). No deadline and no memory ceiling, unlike the server's
 * ExtractPool. A thread that dies fails every file it holds with WorkerStopped and is done: the
 * caller starts another and retries those files one at a time, so only the file that kills a
 * thread is lost.
 */
export class IngestWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped: Error | null = null;

  constructor() {
    this.worker = new Worker(WORKER_URL, { stdout: false, stderr: false });
    this.worker.on('message', (res: WorkerResponse | { ready: true }) => {
      if (!('id' in res)) return;
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (!res.ok) p.reject(res.invalidInput ? new InvalidInput(res.message) : new Error(res.message));
      else if (res.op !== 'ingest-file') p.reject(new Error('extract worker answered the wrong operation'));
      else p.resolve(res.put);
    });
    this.worker.on('error', (e: Error) => this.stop(new WorkerStopped(`extract worker failed: ${e.message}`)));
    this.worker.on('exit', (code) => this.stop(new WorkerStopped(`extract worker stopped unexpectedly (exit code ${code})`)));
  }

  /** Files sent and not yet answered. */
  get load(): number {
    return this.pending.size;
  }

  get alive(): boolean {
    return this.stopped === null;
  }

  /** Reads a file and, unless its text is already stored (null), extracts and validates its put. */
  ingestFile(job: IngestFileJob): Promise<ValidatedPut | null> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op: 'ingest-file', ...job });
    });
  }

  async close(): Promise<void> {
    this.stop(new WorkerStopped('the ingest is over'));
    await this.worker.terminate();
  }

  private stop(err: Error): void {
    this.stopped ??= err;
    for (const p of this.pending.values()) p.reject(this.stopped);
    this.pending.clear();
  }
}
