import type PgBoss from 'pg-boss';
import { INGEST_QUEUE } from './job-payload.ts';
import { QUEUE_SCHEMA } from './open-queue.ts';

export interface JobCounts {
  /** Waiting for a worker: new, or waiting to be retried. */
  queued: number;
  /** Of the queued: jobs waiting for a retry after a failure or an expiry. */
  retrying: number;
  active: number;
  done: number;
  failed: number;
  cancelled: number;
}

export interface JobRow {
  id: string;
  path: string;
  state: string;
  attempts: number;
  startedOn: string | null;
  completedOn: string | null;
  output: Record<string, unknown> | null;
}

// pg-boss has no query for "every job of a queue with its output": these read its tables
// (schema v23, pg-boss 10), the live ones and the archive finished jobs move to.
const JOBS = (columns: string) => `
  SELECT ${columns} FROM ${QUEUE_SCHEMA}.job WHERE name = $1
  UNION ALL
  SELECT ${columns} FROM ${QUEUE_SCHEMA}.archive WHERE name = $1`;

export async function jobCounts(boss: PgBoss): Promise<JobCounts> {
  const { rows } = await boss.getDb().executeSql(`SELECT state, count(*)::int AS n FROM (${JOBS('state')}) j GROUP BY state`, [INGEST_QUEUE]);
  const by = new Map<string, number>(rows.map((r: { state: string; n: number }) => [r.state, r.n]));
  const n = (s: string) => by.get(s) ?? 0;
  return {
    queued: n('created') + n('retry'),
    retrying: n('retry'),
    active: n('active'),
    done: n('completed'),
    failed: n('failed'),
    cancelled: n('cancelled'),
  };
}

/** Jobs in the given states, oldest first (at most `limit`). */
export async function jobsIn(boss: PgBoss, states: string[], limit = 1000): Promise<JobRow[]> {
  const columns = `id, data->>'path' AS path, state, retry_count, started_on, completed_on, output, created_on`;
  const { rows } = await boss.getDb().executeSql(
    `SELECT * FROM (${JOBS(columns)}) j WHERE state::text = ANY($2::text[]) ORDER BY created_on, id LIMIT $3`,
    [INGEST_QUEUE, states, limit],
  );
  return rows.map((r: { id: string; path: string; state: string; retry_count: number; started_on: Date | null; completed_on: Date | null; output: Record<string, unknown> | null }) => ({
    id: r.id,
    path: r.path,
    state: r.state,
    attempts: r.started_on ? r.retry_count + 1 : 0,
    startedOn: r.started_on ? new Date(r.started_on).toISOString() : null,
    completedOn: r.completed_on ? new Date(r.completed_on).toISOString() : null,
    output: r.output,
  }));
}

/** Counts of finished jobs by what they did to the store (added, replaced, unchanged). */
export async function doneByStatus(boss: PgBoss): Promise<Record<string, number>> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT output->>'status' AS status, count(*)::int AS n FROM (${JOBS('state, output')}) j WHERE state = 'completed' GROUP BY 1`,
    [INGEST_QUEUE],
  );
  return Object.fromEntries(rows.map((r: { status: string | null; n: number }) => [r.status ?? 'unknown', r.n]));
}
