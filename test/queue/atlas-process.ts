import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '../store/postgres-server.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';

const BIN = join(REPO_ROOT, 'bin', 'atlas.mjs');
const ENV = { ...process.env, ATLAS_DB: undefined };

/** Runs one atlas command to its end (asynchronously, so vitest's messages keep moving). */
export function atlas(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, env: ENV, timeout: 180_000, maxBuffer: 64 << 20 }, (e, out, err) => {
      resolve({ code: e ? Number(e.code ?? 1) : 0, out, err });
    });
  });
}

export interface AtlasWorker {
  child: ChildProcess;
  /** Everything it wrote to stderr so far (one line per job). */
  log(): string;
  /** Resolves when its stderr matches `pattern`, with the match. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>;
}

/** Starts `atlas worker --db URL ...extra` as its own process. */
export function startWorker(db: string, extra: string[] = []): AtlasWorker {
  const child = spawn(process.execPath, [BIN, 'worker', '--db', db, ...extra], { cwd: REPO_ROOT, env: ENV });
  let err = '';
  let out = '';
  const waiters: { pattern: RegExp; resolve: (m: RegExpMatchArray) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      const m = err.match(w.pattern);
      if (m) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  };
  child.stdout!.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { err += d.toString(); check(); });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, out }));
  });
  return {
    child,
    log: () => err,
    waitFor(pattern) {
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve });
        check();
        void exited.then(() => setTimeout(() => reject(new Error(`atlas worker exited before printing ${pattern}:\n${err}`)), 50));
      });
    },
    exited,
  };
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/**
 * For one describe block: a throwaway PostgreSQL with a fresh database (`db`) and a temp folder
 * (`dir`); workers pushed on `workers` are killed, the server stopped and the folder removed after it.
 */
export function queueFixture(prefix: string): { db: string; dir: string; workers: AtlasWorker[] } {
  const f = { db: '', dir: '', workers: [] as AtlasWorker[] };
  let server: TestPostgres | undefined;
  beforeAll(async () => {
    server = await startTestPostgres();
    f.db = await server.freshDatabaseUrl();
    f.dir = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    for (const w of f.workers) w.child.kill('SIGKILL');
    server?.stop();
    if (f.dir) rmSync(f.dir, { recursive: true, force: true });
  });
  return f;
}
