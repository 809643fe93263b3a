import { InvalidInput } from '../model/errors.ts';
import type { AtlasStore } from './store.ts';

export interface OpenOptions {
  /**
   * false: refuse a PostgreSQL database that has no atlas tables yet instead of creating them, so a
   * reading command pointed at the wrong database changes nothing (default true). The CLI checks
   * SQLite files itself.
   */
  create?: boolean;
}

/**
 * Opens the store a URL names: a file path or `sqlite:PATH` is SQLite; `postgres://` (or
 * `postgresql://`) USER@HOST:PORT/DATABASE is PostgreSQL.
 */
export async function openStore(url: string, opts: OpenOptions = {}): Promise<AtlasStore> {
  const trimmed = url.trim();
  if (trimmed === '') throw new InvalidInput('atlas: expected a store path or URL, found an empty string');
  if (/^postgres(ql)?:\/\//i.test(trimmed)) {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.ts');
    return openPostgresStore(trimmed, { create: opts.create ?? true });
  }
  const path = trimmed.replace(/^sqlite:(\/\/)?/i, '');
  if (path === '') throw new InvalidInput(`atlas: expected a file path after sqlite:, found ${JSON.stringify(url)}`);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) {
    throw new InvalidInput(`atlas: unsupported store URL ${JSON.stringify(url)} (expected a path, sqlite:PATH or postgres://...)`);
  }
  const { openSqliteStore } = await import('./sqlite/open-sqlite-store.ts');
  return openSqliteStore(path);
}
