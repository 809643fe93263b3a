import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

/** Packages that only extraction or the web server need; a command that does neither must not load them. */
const HEAVY = ['wink-nlp', 'wink-eng-lite-web-model', 'chrono-node', '@microsoft/recognizers-text-number', 'pdfjs-dist', 'mammoth', 'fastify', '@fastify/'];

describe('what a command loads (the built atlas)', () => {
  let dir: string;
  let db: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-lazy-'));
    db = join(dir, 'atlas.db');
    await (await openSqliteStore(db)).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function loadedPackages(args: string[]): string[] {
    const trace = join(dir, `trace-${Math.random().toString(36).slice(2)}.txt`);
    writeFileSync(trace, '');
    const r = spawnSync(process.execPath, ['--import', join(REPO_ROOT, 'test', 'helpers', 'trace-loads.mjs'), join(REPO_ROOT, 'bin', 'atlas.mjs'), ...args], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, ATLAS_TRACE_LOADS: trace, ATLAS_DB: undefined },
    });
    expect(r.status, r.stderr).toBe(0);
    const packages = readFileSync(trace, 'utf8').split('\n')
      .map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1])
      .filter((p): p is string => Boolean(p));
    return [...new Set(packages)];
  }
  const heavy = (packages: string[]) => packages.filter((p) => HEAVY.some((h) => p === h || (h.endsWith('/') && p.startsWith(h))));

  it('sees what extraction loads (the trace works)', () => {
    expect(heavy(loadedPackages(['extract', join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), '--format', 'eval']))).toEqual(expect.arrayContaining(['wink-nlp', 'chrono-node']));
  });

  it.each(['--help', '--version', 'stats --db atlas.db', 'entities --db atlas.db', 'timeline --db atlas.db', 'forces --db atlas.db', 'audit --db atlas.db'])(
    'atlas %s loads neither the NLP model nor the web server',
    (command) => {
      expect(heavy(loadedPackages(command.split(' ')))).toEqual([]);
    },
  );
});
