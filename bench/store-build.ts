/**
 * The stores bench:store measures: generated documents (bench/ingest-corpus.ts, the ingest bench's
 * mix) ingested by the built CLI, kept under a cache folder keyed by the generator's source so a
 * re-run skips the ~2 minutes a 10,000-document ingest takes. SQLite stores are cached as the file;
 * PostgreSQL stores as a pg_dump archive restored into a fresh database of the throwaway server.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { postgresBinDir, type TestPostgres } from '../test/store/postgres-server.ts';
import { writeIngestCorpus } from './ingest-corpus.ts';

// Bump when what the cached stores hold should change for a reason the hash below cannot see.
const GENERATOR_VERSION = 1;

export function cacheDir(): string {
  const key = createHash('sha256')
    .update(String(GENERATOR_VERSION))
    .update(readFileSync(resolve('bench/ingest-corpus.ts')))
    .digest('hex').slice(0, 12);
  const dir = process.env.BENCH_STORE_CACHE ?? join(tmpdir(), 'atlas-bench-store', key);
  mkdirSync(dir, { recursive: true });
  return dir;
}

function ingest(size: number, db: string, work: string): void {
  const docs = join(work, `docs-${size}`);
  writeIngestCorpus(docs, size);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [resolve('bin/atlas.mjs'), 'ingest', docs, '--db', db, '--jobs', '2', '--json'], {
    encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined }, maxBuffer: 64 * 1024 * 1024,
  });
  rmSync(docs, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`atlas ingest failed (${r.status}): ${r.stderr.slice(-2000)}`);
  console.error(`  built ${size} documents in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

/** A private copy of the cached SQLite store of `size` documents (built first if not cached). */
export function sqliteStore(size: number, work: string): string {
  const cached = join(cacheDir(), `sqlite-${size}.db`);
  if (!existsSync(cached)) {
    const building = `${cached}.building`;
    rmSync(building, { force: true });
    ingest(size, building, work);
    // One file again (the WAL checkpointed into it), then published under its final name.
    spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(building)});d.pragma('wal_checkpoint(TRUNCATE)');d.pragma('journal_mode=DELETE');d.close()`]);
    renameSync(building, cached);
  }
  const copy = join(work, `sqlite-${size}.db`);
  copyFileSync(cached, copy);
  return copy;
}

/** A fresh PostgreSQL database holding the cached store of `size` documents (ingested and dumped first if not cached). */
export async function postgresStore(size: number, pg: TestPostgres, work: string): Promise<string> {
  const bin = postgresBinDir();
  const cached = join(cacheDir(), `postgres-${size}.dump`);
  const url = await pg.freshDatabaseUrl();
  if (!existsSync(cached)) {
    ingest(size, url, work);
    const r = spawnSync(join(bin, 'pg_dump'), ['-Fc', '-f', `${cached}.part`, url], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pg_dump failed: ${r.stderr}`);
    renameSync(`${cached}.part`, cached);
    return url;
  }
  const r = spawnSync(join(bin, 'pg_restore'), ['--no-owner', '-d', url, cached], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg_restore failed: ${r.stderr}`);
  return url;
}
