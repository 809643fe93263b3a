import { StoreError } from '../../model/errors.ts';
import type { PostgresTarget } from './connection-url.ts';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOENT']);

/** Turns a failed first connection into a StoreError that says what to check. */
export function connectError(e: unknown, target: PostgresTarget): StoreError {
  const err = e as { code?: string; message?: string };
  const detail = err.code ? `${err.code}: ${err.message}` : String(err.message ?? e);
  if ((err.code && UNREACHABLE.has(err.code)) || /timeout/i.test(err.message ?? '')) {
    return new StoreError(`atlas: cannot reach the PostgreSQL server for ${target.label} (${detail}); check that the server is running and that the URL's host and port are right`, e);
  }
  if (err.code === '28P01' || err.code === '28000') {
    return new StoreError(`atlas: PostgreSQL refused the login for ${target.label} (${detail}); check the user and password in the URL and the server's pg_hba.conf`, e);
  }
  if (err.code === '3D000') {
    return new StoreError(`atlas: the PostgreSQL database "${target.database}" does not exist on ${target.host}; create it first (createdb ${target.database})`, e);
  }
  return new StoreError(`atlas: cannot connect to PostgreSQL at ${target.label} (${detail})`, e);
}
