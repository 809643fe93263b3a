import { existsSync } from 'node:fs';
import { InvalidInput } from '../model/errors.ts';
import { openStore } from '../store/open-store.ts';
import type { AtlasStore } from '../store/store.ts';

/**
 * Opens the store behind --db. Reading commands refuse to create an empty database by accident
 * (a missing SQLite file, a PostgreSQL database without atlas tables); `ingest` and `serve` pass create: true.
 */
export async function openDb(db: string, opts: { create?: boolean } = {}): Promise<AtlasStore> {
  const isFile = !/^[a-z]+:\/\//i.test(db);
  const path = db.replace(/^sqlite:/, '');
  if (isFile && !opts.create && !existsSync(path)) {
    throw new InvalidInput(`atlas: no atlas database at ${path}; run \`atlas ingest PATH --db ${path}\` first`);
  }
  return openStore(db, { create: opts.create ?? false });
}

/** Runs `fn` with an open store and always closes it. */
export async function withDb<T>(db: string, fn: (store: AtlasStore) => Promise<T>, opts: { create?: boolean } = {}): Promise<T> {
  const store = await openDb(db, opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export function parseIntOption(name: string, value: string | undefined, fallback: number, min = 0, max = 100000): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new InvalidInput(`atlas: ${name} must be a whole number from ${min} to ${max}, found "${value}"`);
  }
  return n;
}
