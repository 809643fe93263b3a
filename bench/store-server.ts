/**
 * The atlas server under measurement: the built CLI's `serve` in its own process (so its peak RSS
 * is its own), reached over HTTP like a browser reaches it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const TOKEN = 'bench-store-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const a = srv.address();
      srv.close(() => (typeof a === 'object' && a ? done(a.port) : fail(new Error('no port'))));
    });
  });
}

export interface BenchServer {
  base: string;
  /** GET; returns milliseconds and the parsed body. */
  get(path: string): Promise<{ ms: number; body: any }>;
  /** Uploads one text document through POST /api/documents (a write transaction). */
  upload(name: string, text: string): Promise<void>;
  /** Peak resident set of the server process so far, MB (VmHWM; worker threads included). */
  peakRssMb(): number;
  stop(): Promise<void>;
}

export async function startBenchServer(db: string): Promise<BenchServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [resolve('bin/atlas.mjs'), 'serve', '--db', db, '--port', String(port), '--token', TOKEN], {
    env: { ...process.env, ATLAS_DB: undefined }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  await new Promise<void>((done, fail) => {
    child.stdout!.on('data', (d) => { if (String(d).includes('is serving')) done(); });
    child.on('exit', (code) => fail(new Error(`atlas serve exited with ${code}: ${err.slice(-2000)}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const get = async (path: string) => {
    const t0 = performance.now();
    const res = await fetch(base + path).catch((e: Error) => {
      // The server died mid-request (out of memory, most likely): say so with its last words.
      throw new Error(`GET ${path}: ${e.message}; server exit ${child.exitCode ?? child.signalCode ?? 'pending'}: ${err.slice(-1500)}`);
    });
    const body = await res.json();
    const ms = performance.now() - t0;
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
    return { ms, body };
  };
  // Measure the server alone: its warm-up worker computes the common views once after listen
  // (given at most 5 minutes: past that it is reported and the measurement shares the CPU with it).
  for (let i = 0; i < 1500; i++) {
    const h = (await get('/api/health')).body as { warmUp: string };
    if (h.warmUp !== 'running') break;
    if (i === 1499) console.error('  warm-up still running after 5 minutes; measuring anyway');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    get,
    async upload(name, text) {
      const form = new FormData();
      form.append('file', new Blob([text], { type: 'text/plain' }), name);
      const res = await fetch(`${base}/api/documents`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } });
      if (!res.ok) throw new Error(`upload: ${res.status} ${await res.text()}`);
    },
    peakRssMb() {
      const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return kb ? Number(kb[1]) / 1024 : NaN;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
