import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { atlas, queueFixture, startWorker } from './atlas-process.ts';
import { writeLongReport } from './long-report.ts';

describe('a worker killed in the middle of a job', { timeout: 600_000 }, () => {
  const q = queueFixture('atlas-queue-kill-');

  it('leaves its job to expire, and another worker retries and completes it', async () => {
    // Long enough that reading, extracting and storing it takes well over the moment between
    // the worker saying it took the job and the kill.
    const report = writeLongReport(join(q.dir, 'ruritania-review.txt'), 1500);
    const enqueued = await atlas(['enqueue', report, '--db', q.db, '--timeout', '8', '--retries', '3', '--json']);
    expect(enqueued.code, enqueued.err).toBe(0);
    expect(JSON.parse(enqueued.out)).toMatchObject({ queued: 1 });

    const doomed = startWorker(q.db);
    q.workers.push(doomed);
    const [, jobId] = await doomed.waitFor(/took ([0-9a-f-]{36}) /);
    doomed.child.kill('SIGKILL');
    expect((await doomed.exited).signal).toBe('SIGKILL');

    const midway = JSON.parse((await atlas(['jobs', '--db', q.db, '--json'])).out) as { active: number; done: number };
    expect(midway).toMatchObject({ active: 1, done: 0 });
    expect((await atlas(['stats', '--db', q.db, '--json'])).out).toMatch(/"documents": 0/);

    // The second worker waits while the job is active, takes it once it expires, and exits when none is left.
    const rescuer = startWorker(q.db, ['--exit-when-done']);
    q.workers.push(rescuer);
    const end = await rescuer.exited;
    expect(end.code, rescuer.log()).toBe(0);
    expect(rescuer.log()).toMatch(new RegExp(`took ${jobId} .*\\(attempt [2-9]\\)`));

    const jobs = JSON.parse((await atlas(['jobs', '--db', q.db, '--json'])).out) as Record<string, unknown>;
    expect(jobs).toMatchObject({ queued: 0, active: 0, done: 1, failed: 0, doneBy: { added: 1 } });
    const client = new pg.Client({ connectionString: q.db });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT retry_count, output FROM pgboss.job WHERE id = $1 UNION ALL SELECT retry_count, output FROM pgboss.archive WHERE id = $1`, [jobId]);
      expect(rows).toHaveLength(1);
      expect(rows[0].retry_count).toBeGreaterThanOrEqual(1);
      expect(rows[0].output).toMatchObject({ status: 'added', worker: expect.stringMatching(new RegExp(`:${rescuer.child.pid}$`)) as string });
    } finally {
      await client.end();
    }
    const stats = JSON.parse((await atlas(['stats', '--db', q.db, '--json'])).out) as { documents: number; quantities: number };
    expect(stats.documents).toBe(1);
    expect(stats.quantities).toBeGreaterThan(100);
  });
});
