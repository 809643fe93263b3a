import { Worker } from 'node:worker_threads';
import type { DocumentInput, Extraction, RunInfo } from '../../model/document.ts';
import type { PutResult } from '../../model/views.ts';
import { AtlasError, InvalidInput } from '../../model/errors.ts';
import type { ValidatedPut } from '../../store/store.ts';
import type { IngestFileJob, WorkerRequest, WorkerResponse } from './protocol.ts';

const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

export interface ExtractPoolOptions {
  /** Wall-clock budget of one upload (reading and extraction together), in milliseconds; Infinity for none. */
  timeoutMs: number;
  /** V8 heap ceiling of the worker (resourceLimits.maxOldGenerationSizeMb); none (Node's default) when absent. */
  memoryMb?: number;
  /** Uploads waiting beyond this many are refused with 503 rather than queued. */
  maxQueued?: number;
  /**
   * Whether the worker alone keeps the process running. The server's does not (its socket does);
   * `atlas ingest`, which has nothing else to wait on, needs it (close() lets the process end).
   */
  keepsProcessAlive?: boolean;
}

/** An upload the worker could not finish: too slow or too big for the ceiling. 422, nothing stored. */
export class ExtractionAborted extends AtlasError {
  constructor(message: string) {
    super(message, { exitCode: 1, status: 422 });
  }
}

/** The worker thread died under a job (killed, crashed, or an error thrown outside any handler): not the input's verdict. */
export class WorkerStopped extends Error {}

export class Busy extends AtlasError {
  constructor(message: string) {
    super(message, { exitCode: 1, status: 503 });
  }
}

type Op = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The worker time one upload may still use: its operations share it; waiting and worker start-up do not count. */
export interface Budget { leftMs: number }
interface Job { op: Op; budget: Budget; resolve(v: WorkerResponse & { ok: true }): void; reject(e: Error): void }

/**
 * One extraction worker thread, reused across uploads, one job at a time. A job past its deadline
 * or over the memory ceiling gets its worker terminated (a fresh one serves the next job), so a
 * hostile upload costs its own request and nothing else: the server's event loop never runs the
 * readers or the pipeline.
 */
export class ExtractPool {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  private queue: Job[] = [];
  private current: { job: Job; id: number; timer: NodeJS.Timeout | undefined; sentAt: number } | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: ExtractPoolOptions) {}

  get stats() {
    return { running: this.current ? 1 : 0, queued: this.queue.length };
  }

  /** Reads uploaded bytes (named `name`) into a normalized document. */
  async read(name: string, data: Uint8Array, budget: Budget): Promise<DocumentInput> {
    const res = await this.run({ op: 'read', name, data }, budget);
    if (res.op !== 'read') throw new Error('extract worker answered the wrong operation');
    return res.doc;
  }

  async extract(text: string, referenceDate: string | null, budget: Budget): Promise<{ extraction: Extraction; rulesVersion: string }> {
    const res = await this.run({ op: 'extract', text, referenceDate }, budget);
    if (res.op !== 'extract') throw new Error('extract worker answered the wrong operation');
    return { extraction: res.extraction, rulesVersion: res.rulesVersion };
  }

  /** Reads a file and, unless its text is already stored (put null), extracts and validates its put (see IngestFileJob). */
  async ingestFile(job: IngestFileJob, budget: Budget): Promise<{ put: ValidatedPut | null }> {
    const res = await this.run({ op: 'ingest-file', ...job }, budget);
    if (res.op !== 'ingest-file') throw new Error('extract worker answered the wrong operation');
    return { put: res.put };
  }

  /** Stores a document in the store at `location` from the worker, in one transaction. */
  async store(location: string, doc: DocumentInput, extraction: Extraction, run: RunInfo, budget: Budget): Promise<PutResult> {
    const res = await this.run({ op: 'store', location, doc, extraction, run }, budget);
    if (res.op !== 'store') throw new Error('extract worker answered the wrong operation');
    return res.result;
  }

  budget(): Budget {
    return { leftMs: this.opts.timeoutMs };
  }

  /** Starts the worker ahead of the first upload (loading the pipeline and knowledge takes a moment). */
  prewarm(): void {
    if (!this.closed) this.start().catch(() => undefined);
  }

  /** Terminates the worker and fails every waiting job; later jobs are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const err = new Busy('the server is shutting down; the upload was not stored');
    for (const job of this.queue.splice(0)) job.reject(err);
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.job.reject(err);
      this.current = null;
    }
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }

  private run(op: Op, budget: Budget): Promise<WorkerResponse & { ok: true }> {
    if (this.closed) return Promise.reject(new Busy('the server is shutting down; the upload was not stored'));
    if (this.queue.length >= (this.opts.maxQueued ?? 16)) {
      return Promise.reject(new Busy(`${this.queue.length} uploads are already waiting for extraction; try again later`));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ op, budget, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const job = this.queue.shift();
    if (!job) return;
    const id = this.nextId++;
    if (job.budget.leftMs <= 0) {
      job.reject(this.timeoutError());
      return this.pump();
    }
    this.current = { job, id, timer: undefined, sentAt: 0 };
    void this.start().then(
      () => {
        const cur = this.current;
        if (cur?.id !== id || !this.worker) return;
        // The clock runs from here: start-up of a fresh worker is not the upload's fault.
        cur.sentAt = performance.now();
        if (Number.isFinite(job.budget.leftMs)) cur.timer = setTimeout(() => this.fail(id, this.timeoutError()), job.budget.leftMs);
        const msg = { id, ...job.op } as WorkerRequest;
        const transfer = job.op.op === 'read' ? [job.op.data.buffer as ArrayBuffer] : [];
        this.worker.postMessage(msg, transfer);
      },
      (e: Error) => this.fail(id, e),
    );
  }

  /** Takes job `id` off the worker, charging its time to its budget. */
  private finish(id: number): Job | null {
    const cur = this.current;
    if (cur?.id !== id) return null;
    clearTimeout(cur.timer);
    if (cur.sentAt) cur.job.budget.leftMs -= performance.now() - cur.sentAt;
    this.current = null;
    return cur.job;
  }

  private timeoutError() {
    return new ExtractionAborted(`extraction did not finish within ${Math.round(this.opts.timeoutMs / 1000)} s; the upload was not stored`);
  }

  /** Ends job `id` with `err` and replaces the worker (it may be stuck in a loop or out of memory). */
  private fail(id: number, err: Error): void {
    const job = this.finish(id);
    if (!job) return;
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) void w.terminate();
    job.reject(err);
    // A fresh worker for whatever comes next.
    if (this.queue.length) this.pump();
    else this.prewarm();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    const mb = this.opts.memoryMb;
    const worker = new Worker(WORKER_URL, {
      resourceLimits: mb === undefined ? undefined : { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: Math.min(64, Math.max(8, mb / 8)) },
      stdout: false, stderr: false,
    });
    this.worker = worker;
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`extract worker exited with code ${code} while starting`)));
    });
    worker.on('message', (res: WorkerResponse | { ready: true }) => {
      if (!('id' in res)) return;
      const job = this.finish(res.id);
      if (!job) return;
      if (res.ok) job.resolve(res);
      else job.reject(res.invalidInput ? new InvalidInput(res.message) : new Error(res.message));
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (this.worker !== worker || !this.current) return;
      const oom = e.code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(this.current.id, oom
        ? new ExtractionAborted(this.opts.memoryMb === undefined
          ? 'extraction ran out of memory; the document was not stored'
          : `extraction needed more than the ${this.opts.memoryMb} MB memory ceiling; the upload was not stored`)
        : new WorkerStopped(`extract worker failed: ${e.message}`));
    });
    worker.on('exit', (code) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.ready = null;
      if (this.current) this.fail(this.current.id, new WorkerStopped(`extract worker stopped unexpectedly (exit code ${code})`));
    });
    if (!this.opts.keepsProcessAlive) worker.unref();
    return this.ready;
  }
}
