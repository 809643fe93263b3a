import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dumpSqlite } from '../helpers/dump-sqlite.ts';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

/** The built `atlas ingest --jobs 2` runs its extraction workers from dist/, with no TypeScript loader. */
describe('the built atlas ingest --jobs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-ingest-built-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inputs = [join(REPO_ROOT, 'bench', 'real', 'test', 'corpus'), FIXTURE_DOCS];
  const ingest = (db: string, jobs: string) => JSON.parse(execFileSync(process.execPath,
    [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'ingest', ...inputs, '--json', '--jobs', jobs, '--db', join(dir, db)],
    { cwd: dir, env: { ...process.env, ATLAS_DB: undefined }, encoding: 'utf8' })) as { documents: { added: number }; failures: unknown[] };

  it('stores what one job stores', () => {
    const two = ingest('two.db', '2');
    const one = ingest('one.db', '1');
    expect(two.failures).toEqual([]);
    expect(two.documents.added).toBeGreaterThan(10);
    expect(two).toEqual(one);
    expect(dumpSqlite(join(dir, 'two.db'))).toEqual(dumpSqlite(join(dir, 'one.db')));
  }, 240_000);

  it('refuses a --jobs that is not a whole number', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'ingest', FIXTURE_DOCS, '--jobs', '0', '--db', join(dir, 'x.db')], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toMatch(/--jobs must be a whole number/);
  });
});
