import PgBoss from 'pg-boss';
import { InvalidInput, StoreError } from '../../model/errors.ts';
import { INGEST_QUEUE } from './job-payload.ts';

/** pg-boss's tables live in this schema of the store's database. */
export const QUEUE_SCHEMA = 'pgboss';

export interface QueueOptions {
  /** Seconds a job may stay active before it is taken to be lost (its worker died) and retried. */
  expireInSeconds?: number;
  /** Retries after a failure or an expiry. */
  retryLimit?: number;
}

export const DEFAULT_JOB_TIMEOUT_SECONDS = 600;
export const DEFAULT_RETRY_LIMIT = 2;

export function requirePostgresUrl(db: string, command: string): string {
  if (!/^postgres(ql)?:\/\//i.test(db.trim())) {
    throw new InvalidInput(`atlas: \`atlas ${command}\` keeps its jobs in PostgreSQL: expected --db postgres://USER@HOST:PORT/DATABASE, found ${JSON.stringify(db)}`);
  }
  return db.trim();
}

/**
 * Starts pg-boss on the database (creating or migrating its schema on first use) and makes sure
 * the ingest queue exists. Expired jobs are looked for every 10 seconds by whichever atlas process
 * wins pg-boss's maintenance turn, so a killed worker's job is retried soon after it expires.
 */
export async function openQueue(url: string): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: 'atlas-queue',
    max: 4,
    schedule: false,
    maintenanceIntervalSeconds: 10,
    // Finished jobs stay countable by `atlas jobs` (and enqueue's duplicate check) for 30 days.
    archiveCompletedAfterSeconds: 7 * 24 * 3600,
    deleteAfterDays: 30,
  });
  // pg-boss reports background errors (a lost connection) as events; without a listener they would throw.
  boss.on('error', (e: Error) => console.error(`atlas: job queue: ${e.message}`));
  try {
    await boss.start();
  } catch (e) {
    throw new StoreError(`atlas: cannot open the job queue at ${redact(url)}: ${(e as Error).message}`, e);
  }
  // Workers started together on a fresh database all find the queue missing; creating it (a table
  // partition) at once deadlocks all but one. The others try again and find it made.
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(INGEST_QUEUE))) await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, policy: 'standard' });
      return boss;
    } catch (e) {
      if (attempt >= CREATE_ATTEMPTS) {
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        throw new StoreError(`atlas: cannot create the job queue at ${redact(url)}: ${(e as Error).message}`, e);
      }
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 400 * attempt));
    }
  }
}

const CREATE_ATTEMPTS = 6;

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
