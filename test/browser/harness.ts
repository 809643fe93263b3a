import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext } from 'playwright-core';
import { buildServer } from '../../src/api/server.ts';
import { openSqliteStore } from '../../src/store/sqlite/open-sqlite-store.ts';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { CORPUS_DIR, REPO_ROOT } from '../helpers/corpus.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'test-output', 'screenshots');
const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

/** Builds the UI when web/dist has no index.html (npm test builds it first). */
export function ensureWebBuild() {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  console.log('building the web UI ...');
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

/** A temp store with the development corpus ingested through the real pipeline, served on a free port. */
export async function startAtlas() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-browser-'));
  const store = await openSqliteStore(join(dir, 'atlas.db'));
  const summary = await ingestPaths(store, [CORPUS_DIR]);
  if (summary.failures.length) throw new Error(`corpus ingest failed: ${JSON.stringify(summary.failures)}`);
  const app = await buildServer({ store, webRoot: WEB_DIST, db: join(dir, 'atlas.db') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    base, store, summary,
    async close() { await app.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** Debian's Chromium, headless, with a fresh profile that talks to nothing but the test server. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1440, height: 1000 },
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { context, async close() { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
