import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
function atlas(args: string[], env: Record<string, string | undefined> = { ATLAS_DB: undefined }): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, timeout: 120_000 }, (e, out, err) => {
      resolve({ code: e ? Number(e.code ?? 1) : 0, out, err });
    });
  });
}

/** Serves the API from `atlas serve --db URL` until it prints its address; the caller kills it. */
function serve(db: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0'], { cwd: REPO_ROOT, env: { ...process.env, ATLAS_DB: undefined } });
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

// Each CLI run loads the TypeScript sources afresh: on a busy machine a test of several runs takes minutes.
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

  it('ingests a document into postgres:// and reads it back with stats, search and ATLAS_DB', async () => {
    // A reading command does not set up a database that has no atlas tables yet.
    const early = await atlas(['stats', '--db', db]);
    expect(early.code).toBe(2);
    expect(early.err).toMatch(/has no atlas tables yet; run `atlas ingest PATH --db URL` first/);

    const ingest = await atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--db', db, '--json']);
    expect(ingest.code, ingest.err).toBe(0);
    expect(JSON.parse(ingest.out).documents).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });

    const stats = JSON.parse((await atlas(['stats', '--db', db, '--json'])).out);
    expect(stats).toMatchObject({ documents: 1, sentences: 3 });
    expect(stats.entities).toBeGreaterThan(0);
    expect(stats.quantities).toBeGreaterThan(0);

    const found = JSON.parse((await atlas(['search', 'brigades', '--db', db, '--json'])).out);
    expect(found.sentences.total).toBe(1);
    expect(found.sentences.items[0].snippet).toContain('[[brigade]]');

    // The same database through $ATLAS_DB, and a second ingest of the same file changes nothing.
    expect(JSON.parse((await atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--json'], { ATLAS_DB: db })).out).documents.unchanged).toBe(1);
    expect(JSON.parse((await atlas(['stats', '--json'], { ATLAS_DB: db })).out)).toEqual(stats);
  });

  it('serves the stored document over the HTTP API from --db postgres://', async () => {
    const { url, stop } = await serve(db);
    try {
      const stats = await (await fetch(`${url}api/stats`)).json() as { documents: number };
      expect(stats.documents).toBe(1);
      const search = await (await fetch(`${url}api/search?q=armoured%20vehicles`)).json() as { sentences: { items: { text: string }[] } };
      expect(search.sentences.items[0]?.text).toMatch(/^Ruritania's Ministry of Defence announced/);
    } finally {
      stop();
    }
  });

  it('says what to check when the server cannot be reached or the URL is malformed', async () => {
    const down = await atlas(['stats', '--db', 'postgres://atlas@127.0.0.1:1/atlas']);
    expect(down.code).toBe(5);
    expect(down.err).toMatch(/cannot reach the PostgreSQL server .*check that the server is running/);
    const bad = await atlas(['stats', '--db', 'postgres://localhost:port/atlas']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/malformed PostgreSQL URL/);
  });
});
