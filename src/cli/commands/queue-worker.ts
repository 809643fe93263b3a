import { limitsFromOptions, type ReadLimits } from '../../ingest/limits.ts';
import { openQueue, requirePostgresUrl } from '../../services/queue/open-queue.ts';
import { startWorker, type WorkerSummary } from '../../services/queue/run-worker.ts';
import { printJson } from '../format.ts';
import { openDb, parseIntOption } from '../open-db.ts';

type LimitOptions = Partial<Record<keyof ReadLimits, string>>;

export interface WorkerCliOptions extends LimitOptions {
  db: string;
  exitWhenDone?: boolean;
  poll?: string;
  json?: boolean;
  quiet?: boolean;
}

/**
 * `atlas worker`: takes ingest jobs until SIGINT/SIGTERM (then finishes the job in hand) or, with
 * --exit-when-done, until no job is left anywhere. One line per job on stderr.
 */
export async function runWorker(opts: WorkerCliOptions): Promise<WorkerSummary> {
  const url = requirePostgresUrl(opts.db, 'worker');
  const limits = limitsFromOptions(opts);
  const pollMs = parseIntOption('--poll', opts.poll, 1000, 500, 60_000);
  const store = await openDb(url, { create: true });
  const boss = await openQueue(url).catch(async (e) => { await store.close(); throw e; });
  const log = opts.quiet ? undefined : (line: string) => console.error(`atlas worker ${process.pid}: ${line}`);
  const worker = startWorker(boss, store, { limits, pollMs, exitWhenDone: opts.exitWhenDone, log });
  const onSignal = () => worker.stop();
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  log?.(`waiting for jobs${opts.exitWhenDone ? ' (exits when none is left)' : ''}`);
  try {
    const summary = await worker.finished;
    if (opts.json) printJson(summary);
    else if (!opts.quiet) console.log(`worker ${summary.worker}: ${summary.done} done, ${summary.failed} failed`);
    return summary;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }
}
