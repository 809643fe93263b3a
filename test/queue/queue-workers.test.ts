import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';
import { atlas, queueFixture, startWorker, waitUntil } from './atlas-process.ts';
import { storeSnapshot } from './store-snapshot.ts';

const CORPUS = join(REPO_ROOT, 'bench', 'real', 'train', 'corpus');

interface JobsJson {
  queued: number; active: number; done: number; failed: number; doneBy: Record<string, number>;
  failures: { path: string; attempts: number; error: string }[];
}

describe('ingest as jobs in PostgreSQL, taken by two worker processes', { timeout: 600_000 }, () => {
  const q = queueFixture('atlas-queue-');

  it('stores every document once, fails a broken one without stopping, and equals a serial SQLite ingest', async () => {
    const documents = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).length;
    expect(documents).toBeGreaterThan(20);
    const broken = join(q.dir, 'broken-scan.txt');
    writeFileSync(broken, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0x14, 0, 0, 0x41, 0x42]));

    // Both q.workers wait for jobs before there are any, then share them.
    for (let i = 0; i < 2; i++) q.workers.push(startWorker(q.db));
    await Promise.all(q.workers.map((w) => w.waitFor(/waiting for jobs/)));

    const first = await atlas(['enqueue', CORPUS, broken, '--db', q.db, '--json']);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ queued: documents + 1, alreadyQueued: 0, failures: [] });
    // The same versions again: no new jobs.
    const again = await atlas(['enqueue', CORPUS, '--db', q.db, '--json']);
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ queued: 0, alreadyQueued: documents });

    const report = await waitUntil('the jobs to finish', async () => {
      const r = await atlas(['jobs', '--db', q.db, '--json']);
      expect(r.code, r.err).toBe(0);
      const j = JSON.parse(r.out) as JobsJson;
      return j.queued + j.active === 0 ? j : undefined;
    });
    expect(report).toMatchObject({ done: documents, failed: 1, doneBy: { added: documents } });
    expect(report.failures).toEqual([{ path: broken, attempts: 1, error: expect.stringContaining('binary content') as string, id: expect.any(String) as string }]);

    // SIGTERM: each worker finishes and reports what it did.
    for (const w of q.workers) w.child.kill('SIGTERM');
    const ends = await Promise.all(q.workers.map((w) => w.exited));
    for (const [i, end] of ends.entries()) expect(end.code, q.workers[i]!.log()).toBe(0);
    const counts = ends.map((e) => /: (\d+) done, (\d+) failed/.exec(e.out)).map((m) => [Number(m?.[1]), Number(m?.[2])]);
    expect(counts.reduce((s, [d]) => s + d!, 0)).toBe(documents);
    expect(counts.reduce((s, [, f]) => s + f!, 0)).toBe(1);

    const text = await atlas(['jobs', '--db', q.db]);
    expect(text.out).toMatch(new RegExp(`done\\s+${documents} \\(${documents} added\\)`));
    expect(text.out).toContain('broken-scan.txt');

    // The serial ingest stores the same files in the order the q.workers committed them (entities
    // resolve against what is already stored, so order matters); PostgreSQL's ids follow that order.
    const pg = await openStore(q.db);
    const sqlitePath = join(q.dir, 'serial.db');
    const sqlite = await openStore(sqlitePath);
    try {
      const stored = (await pg.listDocuments({ limit: 1000, offset: 0 })).items.sort((a, b) => a.id - b.id);
      expect(stored).toHaveLength(documents);
      const summary = await ingestPaths(sqlite, stored.map((d) => d.sourcePath));
      expect(summary.documents).toEqual({ added: documents, unchanged: 0, replaced: 0 });
      const [fromQueue, serial] = [await storeSnapshot(pg), await storeSnapshot(sqlite)];
      expect(fromQueue.documents).toEqual(serial.documents);
      expect(fromQueue.entities).toEqual(serial.entities);
      expect(fromQueue.quantities).toEqual(serial.quantities);
      expect(fromQueue.events).toEqual(serial.events);
      expect(fromQueue).toEqual(serial);
      expect(serial.quantities.length).toBeGreaterThan(0);
      expect(serial.events.length).toBeGreaterThan(0);
    } finally {
      await pg.close();
      await sqlite.close();
    }
  });

  it('refuses a SQLite --db, and a file past --max-payload, by name', async () => {
    const sqlite = await atlas(['worker', '--db', join(q.dir, 'x.db')]);
    expect(sqlite.code).toBe(2);
    expect(sqlite.err).toContain('keeps its jobs in PostgreSQL');
    const big = join(q.dir, 'big-report.txt');
    writeFileSync(big, 'The brigade trained. '.repeat(200));
    const r = await atlas(['enqueue', big, '--db', q.db, '--max-payload', '1K', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).failures[0].error).toMatch(/exceeds the job payload limit of 1,024 bytes.*--max-payload/);
  });
});
