import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

/**
 * The built `atlas serve` runs its two worker threads (the warm-up and the upload extraction) from
 * dist/, with no TypeScript loader: the build must ship each worker entry beside its built body.
 */
describe('the built atlas serve', () => {
  const token = 'built-serve-test-token';
  let dir: string;
  let child: ChildProcess;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-serve-built-'));
    child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'serve', '--port', '0', '--db', join(dir, 'atlas.db'), '--token', token], {
      cwd: dir, env: { ...process.env, ATLAS_DB: undefined, ATLAS_TOKEN: undefined },
    });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout!.on('data', (d) => {
        out += d;
        const m = /serving (http:\/\/\S+\/)/.exec(out);
        if (m) resolve(m[1]);
      });
      child.stderr!.on('data', (d) => { err += d; });
      child.on('exit', (code) => reject(new Error(`atlas serve exited (${code}): ${err}`)));
    });
  });
  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('warms the common views in its worker thread', async () => {
    let state = '';
    for (let i = 0; i < 100 && state !== 'done' && state !== 'failed'; i++) {
      state = ((await (await fetch(`${url}api/health`)).json()) as { warmUp: string }).warmUp;
      if (state !== 'done') await new Promise((r) => setTimeout(r, 100));
    }
    expect(state).toBe('done');
  });

  it('extracts an upload in its worker thread and stores it', async () => {
    const form = new FormData();
    form.append('file', new Blob([readFileSync(join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'))]), 'brief.md');
    const res = await fetch(`${url}api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { result?: { status: string; counts: { quantities: number } } };
    expect(res.status, JSON.stringify(body)).toBe(201);
    expect(body.result?.status).toBe('added');
    expect(body.result?.counts.quantities).toBeGreaterThan(0);
    const stats = (await (await fetch(`${url}api/stats`)).json()) as { documents: number };
    expect(stats.documents).toBe(1);
  });
});
