import { displayPath } from '../../ingest/display-path.ts';
import { doneByStatus, jobCounts, jobsIn, type JobCounts, type JobRow } from '../../services/queue/job-counts.ts';
import { openQueue, requirePostgresUrl } from '../../services/queue/open-queue.ts';
import { printJson, table } from '../format.ts';
import { parseIntOption } from '../open-db.ts';

export interface JobsReport extends JobCounts {
  total: number;
  /** Finished jobs by what they did to the store. */
  doneBy: Record<string, number>;
  activeJobs: { id: string; path: string; attempts: number; startedOn: string | null }[];
  failures: { id: string; path: string; attempts: number; error: string }[];
}

export async function jobsReport(url: string, limit: number): Promise<JobsReport> {
  const boss = await openQueue(url);
  try {
    const counts = await jobCounts(boss);
    const doneBy = await doneByStatus(boss);
    const active = await jobsIn(boss, ['active'], limit);
    const failed = await jobsIn(boss, ['failed'], limit);
    return {
      ...counts,
      total: counts.queued + counts.active + counts.done + counts.failed + counts.cancelled,
      doneBy,
      activeJobs: active.map((j) => ({ id: j.id, path: j.path, attempts: j.attempts, startedOn: j.startedOn })),
      failures: failed.map((j) => ({ id: j.id, path: j.path, attempts: j.attempts, error: errorOf(j) })),
    };
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

function errorOf(j: JobRow): string {
  const o = j.output as { message?: unknown; value?: { message?: unknown } } | null;
  const m = o?.message ?? o?.value?.message;
  return typeof m === 'string' ? m : JSON.stringify(o);
}

/** `atlas jobs`: progress of the ingest queue. */
export async function runJobs(opts: { db: string; json?: boolean; limit?: string }): Promise<JobsReport> {
  const url = requirePostgresUrl(opts.db, 'jobs');
  const report = await jobsReport(url, parseIntOption('--limit', opts.limit, 100, 1, 100000));
  if (opts.json) {
    printJson(report);
    return report;
  }
  const by = Object.entries(report.doneBy).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`queued     ${report.queued}${report.retrying ? ` (${report.retrying} waiting to be retried)` : ''}`);
  console.log(`active     ${report.active}`);
  console.log(`done       ${report.done}${by ? ` (${by})` : ''}`);
  console.log(`failed     ${report.failed}`);
  if (report.activeJobs.length > 0) {
    console.log('\nactive jobs');
    console.log(table(report.activeJobs, [
      { header: 'path', value: (j) => displayPath(j.path), max: 70 },
      { header: 'attempt', value: (j) => j.attempts, right: true },
      { header: 'started', value: (j) => j.startedOn },
    ]));
  }
  if (report.failures.length > 0) {
    console.log('\nfailed jobs');
    console.log(table(report.failures, [
      { header: 'path', value: (j) => displayPath(j.path), max: 60 },
      { header: 'attempts', value: (j) => j.attempts, right: true },
      { header: 'error', value: (j) => displayPath(j.error), max: 120 },
    ]));
  }
  return report;
}
