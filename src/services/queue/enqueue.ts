import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import type PgBoss from 'pg-boss';
import { collectFiles } from '../../ingest/collect-files.ts';
import { describeAmount } from '../../ingest/limits.ts';
import { INGEST_QUEUE, jobIdFor, type IngestJobData } from './job-payload.ts';
import { DEFAULT_JOB_TIMEOUT_SECONDS, DEFAULT_RETRY_LIMIT, type QueueOptions } from './open-queue.ts';

/** The largest file whose bytes go into a job (base64 in a jsonb column: keep rows reasonable). */
export const DEFAULT_MAX_PAYLOAD = 16 * 1024 * 1024;

export interface EnqueueSummary {
  /** New jobs, one per document version. */
  queued: number;
  /** Versions already enqueued before (queued, running, done or failed): not queued again. */
  alreadyQueued: number;
  failures: { path: string; error: string }[];
  skipped: { path: string; reason: string }[];
}

export interface EnqueueOptions extends QueueOptions {
  maxPayload?: number;
  onFile?(path: string, outcome: 'queued' | 'already' | { error: string }): void;
}

/** One job per document version (canonical path + sha256 of the bytes) of every supported file under `paths`. */
export async function enqueuePaths(boss: PgBoss, paths: string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const maxPayload = opts.maxPayload ?? DEFAULT_MAX_PAYLOAD;
  const { files, skipped } = await collectFiles(paths);
  const summary: EnqueueSummary = { queued: 0, alreadyQueued: 0, failures: [], skipped };
  for (const file of files) {
    try {
      const outcome = await enqueueFile(boss, file, maxPayload, opts);
      if (outcome === 'queued') summary.queued++;
      else summary.alreadyQueued++;
      opts.onFile?.(file, outcome);
    } catch (e) {
      const error = (e as Error).message.replace(/^atlas: /, '');
      summary.failures.push({ path: file, error });
      opts.onFile?.(file, { error });
    }
  }
  return summary;
}

async function enqueueFile(boss: PgBoss, file: string, maxPayload: number, opts: QueueOptions): Promise<'queued' | 'already'> {
  const path = await realpath(file);
  const info = await stat(path);
  if (!info.isFile()) throw new Error(`cannot enqueue ${file}: not a regular file`);
  if (info.size > maxPayload) {
    throw new Error(`cannot enqueue ${file}: file size ${describeAmount(info.size, 'bytes')} exceeds the job payload limit of ${describeAmount(maxPayload, 'bytes')} (raise it with --max-payload)`);
  }
  const bytes = await readFile(path);
  if (bytes.byteLength > maxPayload) throw new Error(`cannot enqueue ${file}: it grew past the job payload limit while being read`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = jobIdFor(path, sha256);
  // pg-boss skips an insert whose id is taken; finished jobs move to its archive, so look there too.
  if (await boss.getJobById(INGEST_QUEUE, id, { includeArchive: true })) return 'already';
  const data: IngestJobData = { path, sha256, size: bytes.byteLength, content: bytes.toString('base64') };
  const sent = await boss.send(INGEST_QUEUE, data, {
    id,
    expireInSeconds: opts.expireInSeconds ?? DEFAULT_JOB_TIMEOUT_SECONDS,
    retryLimit: opts.retryLimit ?? DEFAULT_RETRY_LIMIT,
    retryDelay: 1,
  });
  return sent ? 'queued' : 'already';
}
