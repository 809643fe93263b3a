import { useEffect, useState } from 'react';
import type { Params } from './router.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  const url = `/api${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { detail?: string } | null;
    throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`);
  }
  return res.json() as Promise<T>;
}

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ok'; data: T };

/** Fetches when `key` changes; stale answers from earlier keys are dropped. */
export function useApi<T>(path: string | null, params: Params = {}): Loaded<T> {
  const key = path === null ? null : `${path}?${JSON.stringify(params)}`;
  const [result, setResult] = useState<{ key: string | null; value: Loaded<T> }>({ key: null, value: { state: 'loading' } });
  useEffect(() => {
    if (path === null) return;
    let live = true;
    getJson<T>(path, params).then(
      (data) => live && setResult({ key, value: { state: 'ok', data } }),
      (error: Error) => live && setResult({ key, value: { state: 'error', error } }),
    );
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return result.key === key ? result.value : { state: 'loading' };
}

/**
 * The write token. On a loopback bind the server puts it in the page it serves
 * (`<meta name="atlas-token">`, readable only by this origin); elsewhere the user is asked once per tab.
 */
export function writeToken(): string | null {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="atlas-token"]')?.content;
  if (meta) return meta;
  const kept = sessionStorage.getItem('atlas-token');
  if (kept) return kept;
  const asked = window.prompt('Write token (printed by `atlas serve` on start):')?.trim();
  if (asked) sessionStorage.setItem('atlas-token', asked);
  return asked || null;
}

/** POSTs a form (e.g. an upload to /documents) with the write token; errors carry the problem's detail. */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const token = writeToken();
  const res = await fetch(`/api${path}`, {
    method: 'POST', body: form,
    headers: { accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!res.ok) {
    if (res.status === 401) sessionStorage.removeItem('atlas-token');
    const body = await res.json().catch(() => null) as { detail?: string } | null;
    throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`);
  }
  return res.json() as Promise<T>;
}
