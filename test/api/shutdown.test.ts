import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';
import { RUN, ruritaniaDoc, ruritaniaExtraction } from './fixtures/ruritania.ts';

describe('atlas serve shuts down promptly', () => {
  it('exits within 5 s of SIGTERM while the warm-up runs and a hostile upload is being extracted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-sigterm-'));
    try {
      const db = join(dir, 'atlas.db');
      const store = await openSqliteStore(db);
      await store.putDocument(ruritaniaDoc(), ruritaniaExtraction(), RUN);
      await store.close();
      const env = { ...process.env };
      delete env.ATLAS_TOKEN;
      const child = spawn(process.execPath, [join(REPO_ROOT, 'bin/atlas.mjs'), 'serve', '--db', db, '--port', '0'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c) => { out += c; });
      child.stderr.on('data', (c) => { out += c; });
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      for (let i = 0; i < 600 && !/Write token[^:]*: (\S+)/.test(out); i++) await new Promise((r) => setTimeout(r, 100));
      const url = /serving (http:\/\/\S+?)\/? /.exec(out)?.[1];
      const token = /Write token[^:]*: (\S+)/.exec(out)?.[1];
      expect(url, out).toBeDefined();
      expect(token).toMatch(/^[\w-]{20,}$/);
      expect(out).toContain('generated for this run');
      const health = await (await fetch(`${url}/api/health`)).json();
      expect(health.warmUp).toBe('running');

      const form = new FormData();
      form.append('file', new Blob(['A' + 'b'.repeat(300_000)]), 'one-word.txt');
      const upload = fetch(`${url}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } })
        .then((r) => r.status, () => 'dropped');
      for (let i = 0; i < 100; i++) {
        const h = await (await fetch(`${url}/api/health`)).json();
        if (h.ingest.running) break;
        await new Promise((r) => setTimeout(r, 50));
      }

      const before = await (await fetch(`${url}/api/health`)).json();
      const t0 = performance.now();
      child.kill('SIGTERM');
      const code = await exited;
      const ms = performance.now() - t0;
      console.log(`SIGTERM to exit: ${Math.round(ms)} ms (warm-up ${before.warmUp}, uploads running ${before.ingest.running}; upload answered: ${await upload})`);
      expect(ms).toBeLessThan(5000);
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
