import { displayPath } from '../../ingest/display-path.ts';
import { parseLimit } from '../../ingest/limits.ts';
import { enqueuePaths, type EnqueueSummary } from '../../services/queue/enqueue.ts';
import { DEFAULT_JOB_TIMEOUT_SECONDS, DEFAULT_RETRY_LIMIT, openQueue, requirePostgresUrl } from '../../services/queue/open-queue.ts';
import { printJson } from '../format.ts';
import { parseIntOption } from '../open-db.ts';

export interface EnqueueCliOptions {
  db: string;
  maxPayload?: string;
  timeout?: string;
  retries?: string;
  json?: boolean;
  quiet?: boolean;
}

export async function runEnqueue(paths: string[], opts: EnqueueCliOptions): Promise<EnqueueSummary> {
  const url = requirePostgresUrl(opts.db, 'enqueue');
  const maxPayload = opts.maxPayload === undefined ? undefined : parseLimit(opts.maxPayload, '--max-payload');
  const expireInSeconds = parseIntOption('--timeout', opts.timeout, DEFAULT_JOB_TIMEOUT_SECONDS, 1, 23 * 3600);
  const retryLimit = parseIntOption('--retries', opts.retries, DEFAULT_RETRY_LIMIT, 0, 100);
  const boss = await openQueue(url);
  let summary: EnqueueSummary;
  try {
    summary = await enqueuePaths(boss, paths, {
      maxPayload, expireInSeconds, retryLimit,
      onFile: (path, outcome) => {
        if (typeof outcome === 'object' && !opts.json) console.error(`atlas: not enqueued ${displayPath(path)}: ${outcome.error}`);
      },
    });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (opts.json) printJson(summary);
  else if (!opts.quiet) {
    console.log(`jobs       ${summary.queued} queued, ${summary.alreadyQueued} already enqueued`);
    console.log(`failures   ${summary.failures.length}`);
    for (const k of summary.skipped) console.log(`  skipped ${displayPath(k.path)}: ${k.reason}`);
  }
  if (summary.failures.length > 0) process.exitCode = 1;
  return summary;
}
