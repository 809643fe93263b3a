import { spawn, spawnSync } from 'node:child_process';
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

function atlas(args: string[], env: Record<string, string | undefined> = { ATLAS_DB: undefined }) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
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

describe('the atlas command on a PostgreSQL store', () => {
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

  it('ingests a document into postgres:// and reads it back with stats, search and ATLAS_DB', () => {
    const ingest = atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--db', db, '--json']);
    expect(ingest.code, ingest.err).toBe(0);
    expect(JSON.parse(ingest.out).documents).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });

    const stats = JSON.parse(atlas(['stats', '--db', db, '--json']).out);
    expect(stats).toMatchObject({ documents: 1, sentences: 3 });
    expect(stats.entities).toBeGreaterThan(0);
    expect(stats.quantities).toBeGreaterThan(0);

    const found = JSON.parse(atlas(['search', 'brigades', '--db', db, '--json']).out);
    expect(found.sentences.total).toBe(1);
    expect(found.sentences.items[0].snippet).toContain('[[brigade]]');

    // The same database through $ATLAS_DB, and a second ingest of the same file changes nothing.
    expect(JSON.parse(atlas(['ingest', join(dir, 'ruritania-brief.txt'), '--json'], { ATLAS_DB: db }).out).documents.unchanged).toBe(1);
    expect(JSON.parse(atlas(['stats', '--json'], { ATLAS_DB: db }).out)).toEqual(stats);
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

  it('says what to check when the server cannot be reached or the URL is malformed', () => {
    const down = atlas(['stats', '--db', 'postgres://atlas@127.0.0.1:1/atlas']);
    expect(down.code).toBe(5);
    expect(down.err).toMatch(/cannot reach the PostgreSQL server .*check that the server is running/);
    const bad = atlas(['stats', '--db', 'postgres://localhost:port/atlas']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/malformed PostgreSQL URL/);
  });
});
