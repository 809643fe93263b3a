import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

/**
 * The package as a user gets it: `npm pack` the checkout (dist/ is built by the vitest global
 * setup), `npm install` the tarball into an empty folder from the npm registry, run its `atlas`.
 *
 * The install passes --ignore-scripts so it does not compile better-sqlite3 from source (no
 * prebuilt binary can be downloaded here; compiling takes two minutes on this machine's two cores):
 * what is under test is our packaging — which files ship, that the dependencies resolve, that
 * dist/ finds knowledge/, schema/ and its data files from inside node_modules — and none of the
 * commands run here opens a SQLite file. The package itself must then have no install scripts.
 */

/** Child processes must not inherit the npm_* settings of an enclosing `npm test` (npm_config_local_prefix would install into the checkout). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'ATLAS_DB') env[k] = v;
  env.PATH = `${dirname(process.execPath)}:${env.PATH ?? ''}`;
  return env;
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 280_000 });
}

interface PackResult { filename: string; files: { path: string }[] }

describe('the npm package', () => {
  let dir: string;
  let packed: PackResult;
  let bin: string;
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-pack-'));
    const out = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', dir], REPO_ROOT);
    packed = (JSON.parse(out) as PackResult[])[0];
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'atlas-pack-check', private: true }));
    npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed.filename)], app);
    bin = join(app, 'node_modules', '.bin', 'atlas');
  }, 300_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  function atlas(args: string[]) {
    const r = spawnSync(bin, args, { cwd: dirname(bin), env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('ships the built CLI, the data files it reads and nothing of the sources', () => {
    const files = new Set(packed.files.map((f) => f.path));
    for (const f of ['package.json', 'README.md', 'bin/atlas.mjs', 'dist/cli/main.js', 'dist/ingest/title-hints.json', 'dist/ingest/readers/html-boilerplate.json']) {
      expect(files, f).toContain(f);
    }
    // Worker-thread entries, found by the built code at the same places under dist/ as under src/.
    const workers = (readdirSync(join(REPO_ROOT, 'src'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mjs'));
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(files, `dist/${w}`).toContain(`dist/${w}`);
    for (const folder of ['knowledge', 'schema']) {
      for (const name of readdirSync(join(REPO_ROOT, folder))) expect(files, `${folder}/${name}`).toContain(`${folder}/${name}`);
    }
    if (existsSync(join(REPO_ROOT, 'web', 'dist', 'index.html'))) expect(files).toContain('web/dist/index.html');
    expect([...files].filter((f) => /^(src|test|bench|scripts|node_modules)\//.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(dirname(bin), '..', 'defense-atlas', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    expect(Object.keys(manifest.scripts ?? {}).filter((s) => /^(pre|post)?install$/.test(s))).toEqual([]);
  });

  it('installs into an empty folder and runs `atlas --version` and `atlas --help`', () => {
    const v = atlas(['--version']);
    expect(v.err).toBe('');
    expect(v.code).toBe(0);
    expect(v.out.trim()).toBe(pkg.version);
    const h = atlas(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('Usage: atlas');
    expect(h.out).toContain('ingest');
  });

  it('extracts from inside node_modules exactly as the checkout does (Markdown and HTML readers, knowledge/, schema/)', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><title>Air defense</title></head><body><nav>Home | News</nav><article><h1>Air defense</h1>'
      + '<p>In March 2021 Kazakhstan ordered four more Su-30SM fighters from Irkut for 130 million dollars.</p></article></body></html>');
    for (const doc of [join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), html]) {
      const installed = atlas(['extract', doc, '--format', 'json']);
      expect(installed.err).toBe('');
      expect(installed.code).toBe(0);
      const r = spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'atlas.mjs'), 'extract', doc, '--format', 'json'], { env: cleanEnv(), encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(installed.out).toBe(r.stdout);
      expect(JSON.parse(installed.out).quantities.length).toBeGreaterThan(0);
    }
  });

  it('answers a reading command without a database with exit code 2', () => {
    const r = atlas(['stats', '--db', join(dir, 'none.db')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('no atlas database');
  });
});
