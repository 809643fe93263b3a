import { hostname } from 'node:os';
import type PgBoss from 'pg-boss';
import { DEFAULT_LIMITS, type ReadLimits } from '../../ingest/limits.ts';
import { InvalidInput } from '../../model/errors.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import type { AtlasStore } from '../../store/store.ts';
import { ingestDocument, newRun } from '../ingest-documents.ts';
import { jobCounts } from './job-counts.ts';
import { INGEST_QUEUE, IngestJobData, type IngestJobOutput } from './job-payload.ts';
import { QUEUE_SCHEMA } from './open-queue.ts';
import { readJobDocument } from './read-job-document.ts';

export interface WorkerOptions {
  limits?: ReadLimits;
  /** Stop once no job is queued, retrying or active anywhere (default: run until stopped). */
  exitWhenDone?: boolean;
  /** How often an idle worker asks for a job, in ms (at least 500). */
  pollMs?: number;
  /** One line per job event, for the operator. */
  log?(line: string): void;
}

export interface WorkerSummary {
  worker: string;
  done: number;
  failed: number;
}

export interface RunningWorker {
  /** Finishes the job in hand, then stops taking jobs. */
  stop(): void;
  finished: Promise<WorkerSummary>;
}

/**
 * Takes ingest jobs one at a time until stopped: reads the job's bytes, extracts, and stores the
 * document with ingestDocument (one store transaction). A document that fails fails its job with
 * the error and the worker goes on. The store is idempotent on content, so a job run twice (its
 * worker was taken for dead, or died between storing and reporting) stores the document once.
 */
export function startWorker(boss: PgBoss, store: AtlasStore, opts: WorkerOptions = {}): RunningWorker {
  const worker = `${hostname()}:${process.pid}`;
  const log = opts.log ?? (() => {});
  const pollMs = Math.max(500, opts.pollMs ?? 1000);
  const limits = opts.limits ?? DEFAULT_LIMITS;
  const kb = loadKnowledge();
  const run = newRun(kb);
  const summary: WorkerSummary = { worker, done: 0, failed: 0 };
  let stopping = false;
  let wake: (() => void) | null = null;

  const work = async (job: PgBoss.JobWithMetadata<unknown>) => {
    const started = Date.now();
    const parsed = IngestJobData.safeParse(job.data);
    const path = parsed.success ? parsed.data.path : '(malformed job)';
    log(`took ${job.id} ${path} (attempt ${job.retryCount + 1})`);
    try {
      if (!parsed.success) throw new InvalidInput(`atlas: job ${job.id} does not hold an ingest job: ${parsed.error.message}`);
      const doc = await readJobDocument(parsed.data, limits);
      const { result } = await ingestDocument(store, doc, kb, run);
      const output: IngestJobOutput = { status: result.status, documentId: result.documentId, worker, ms: Date.now() - started };
      await boss.complete(INGEST_QUEUE, job.id, output);
      summary.done++;
      log(`done ${job.id} ${path}: ${result.status} as document ${result.documentId}`);
    } catch (e) {
      const message = ((e as Error)?.message ?? String(e)).replace(/^atlas: /, '');
      if (e instanceof InvalidInput) {
        // The document itself is bad (unreadable, past a limit): another attempt would fail the
        // same way, so use up its retries and let pg-boss mark it failed at once.
        await boss.getDb().executeSql(`UPDATE ${QUEUE_SCHEMA}.job SET retry_limit = retry_count WHERE name = $1 AND id = $2 AND state = 'active'`, [INGEST_QUEUE, job.id]);
      }
      await boss.fail(INGEST_QUEUE, job.id, { message, worker, invalidInput: e instanceof InvalidInput });
      summary.failed++;
      log(`failed ${job.id} ${path}: ${message}`);
    }
  };

  const loop = async (): Promise<WorkerSummary> => {
    while (!stopping) {
      const [job] = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize: 1, includeMetadata: true });
      if (job) {
        await work(job);
        continue;
      }
      if (opts.exitWhenDone) {
        const c = await jobCounts(boss);
        if (c.queued + c.active === 0) break;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs).unref();
      });
      wake = null;
    }
    return summary;
  };

  return {
    stop() {
      stopping = true;
      wake?.();
    },
    finished: loop(),
  };
}
