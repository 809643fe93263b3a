import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../src/cli/open-db.ts';
import { InvalidInput, StoreError } from '../../src/model/errors.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';
import { startTestPostgres, type TestPostgres } from './postgres-server.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');
// Written for this test; the country and people are invented.
const BRIEF = [
  'Ruritania\'s Ministry of Defence announced in March 2021 that it would buy 24 armoured vehicles from Sylvania.',
  'General Anton Keller, the Chief of the General Staff, said the new mountain brigade would be ready by 2023.',
  'The defence budget of Ruritania rose to 1.2 billion dollars in 2022.',
].join(' ');

// Asynchronous, so the test worker's event loop (and vitest's messages) keep moving meanwhile.
function atlas(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ATLAS_DB: undefined }, timeout: 120_000 }, (e, out, err) => {
      resolve({ code: e ? Number(e.code ?? 1) : 0, out, err });
    });
  });
}

/** Starts `atlas serve` on the store $ATLAS_DB names; resolves once it prints its address. The caller stops it. */
function serve(db: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: REPO_ROOT, env: { ...process.env, ATLAS_DB: db } });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+\/)/.exec(out);
      if (m) resolve({ url: m[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => reject(new Error(`atlas serve exited (${code}): ${err}`)));
  });
}

// Each CLI run loads the TypeScript sources afresh: on a busy machine one takes tens of seconds.
describe('the atlas command on a PostgreSQL store', { timeout: 240_000 }, () => {
  let server: TestPostgres | undefined;
  let dir: string;
  let db: string;
  beforeAll(async () => {
    server = await startTestPostgres();
    db = await server.freshDatabaseUrl();
    dir = mkdtempSync(join(tmpdir(), 'atlas-pg-cli-'));
    writeFileSync(join(dir, 'ruritania-brief.txt'), BRIEF);
  });
  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ingests a document with `atlas ingest --db postgres://` and reads it back with `atlas stats`', async () => {
    const ingest = await atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--db', db, '--json']);
    expect(ingest.code, ingest.err).toBe(0);
    expect(JSON.parse(ingest.out).documents).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });

    const stats = await atlas(['stats', '--db', db, '--json']);
    expect(stats.code, stats.err).toBe(0);
    expect(JSON.parse(stats.out)).toMatchObject({ documents: 1, sentences: 3, entities: expect.any(Number) });
    expect(JSON.parse(stats.out).quantities).toBeGreaterThan(0);
  });

  it('serves it over the HTTP API from `atlas serve` with ATLAS_DB=postgres://', async () => {
    const { url, stop } = await serve(db);
    try {
      const stats = await (await fetch(`${url}api/stats`)).json() as { documents: number; entities: number };
      expect(stats).toMatchObject({ documents: 1 });
      expect(stats.entities).toBeGreaterThan(0);
      const found = await (await fetch(`${url}api/search?q=brigades`)).json() as { sentences: { total: number; items: { text: string; snippet: string }[] } };
      expect(found.sentences.total).toBe(1);
      expect(found.sentences.items[0]?.snippet).toContain('[[brigade]]');
      const phrase = await (await fetch(`${url}api/search?q=armoured%20vehicles`)).json() as { sentences: { items: { text: string }[] } };
      expect(phrase.sentences.items[0]?.text).toMatch(/^Ruritania's Ministry of Defence announced/);
    } finally {
      stop();
    }
  });

  it('keeps reviews through a re-ingest of an edited document, and limits a view to reviewed facts', async () => {
    const queue = await atlas(['review', 'list', '--db', db, '--json', '--no-rank']);
    expect(queue.code, queue.err).toBe(0);
    const items = JSON.parse(queue.out).items as { ref: string; kind: string; quote: string }[];
    const budget = items.find((i) => i.kind === 'quantity' && i.quote.includes('1.2 billion'))!;
    const vehicles = items.find((i) => i.kind === 'quantity' && i.quote.includes('24 armoured'))!;
    expect((await atlas(['review', 'correct', budget.ref, '--set', 'value=1300000000', '--reviewer', 'ana', '--db', db])).code).toBe(0);
    expect((await atlas(['review', 'reject', vehicles.ref, '--reviewer', 'ana', '--db', db])).code).toBe(0);

    // A sentence in front, the middle one reworded: every span moves and the figures' context changes.
    writeFileSync(join(dir, 'ruritania-brief.txt'), `Ruritania is a small mountain country. ${BRIEF.replace('General Anton Keller, the Chief of the General Staff, said', 'The Chief of the General Staff, General Anton Keller, told reporters')}`);
    expect((await atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--db', db, '--quiet'])).code).toBe(0);
    const reviewed = JSON.parse((await atlas(['review', 'list', '--status', 'reviewed', '--db', db, '--json'])).out) as { decision: string; factId: number | null; orphan: unknown; anchor: { quote: string } }[];
    expect(reviewed.map((r) => [r.decision, r.orphan, r.anchor.quote])).toEqual([
      ['rejected', null, expect.stringContaining('24 armoured')],
      ['corrected', null, expect.stringContaining('1.2 billion')],
    ]);
    const money = await atlas(['money', '--reviewed-only', '--db', db, '--json']);
    expect(money.code, money.err).toBe(0);
    expect(JSON.parse(money.out).review).toMatchObject({ reviewedOnly: true, reviewed: 1, facts: 1 });
    expect(money.out).toContain('1300000000');
  });

  // The CLI's own opener, in-process (each `atlas` run costs seconds of CPU): the errors and exit codes it reports.
  it('says what to check when the server is unreachable, the URL malformed or the database not set up', async () => {
    const down = await openDb('postgres://atlas@127.0.0.1:1/atlas').catch((e: unknown) => e);
    expect(down).toBeInstanceOf(StoreError);
    expect((down as StoreError).exitCode).toBe(5);
    expect((down as Error).message).toMatch(/cannot reach the PostgreSQL server .*check that the server is running/);
    const bad = await openDb('postgres://localhost:port/atlas').catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(InvalidInput);
    expect((bad as InvalidInput).exitCode).toBe(2);
    expect((bad as Error).message).toMatch(/malformed PostgreSQL URL/);
    // A reading command does not set up a database that has no atlas tables yet; ingest and serve do.
    const empty = await server!.freshDatabaseUrl();
    await expect(openDb(empty)).rejects.toThrow(/has no atlas tables yet; run `atlas ingest PATH --db URL` first/);
    await (await openDb(empty, { create: true })).close();
    await (await openDb(empty)).close();
  });
});
