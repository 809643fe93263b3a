import { useEffect, useState } from 'react';
import type { Params } from './router.ts';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Views and the timeline honour the "reviewed facts only" switch (kept per browser); no page needs code for it. */
const isViewPath = (path: string) => path.startsWith('/views/') || path === '/timeline';
export const reviewedOnly = () => localStorage.getItem('atlas-reviewed-only') === 'true';
export function setReviewedOnly(on: boolean): void {
  localStorage.setItem('atlas-reviewed-only', String(on));
}
/** How many of the facts the last view shown are reviewed (from the Atlas-Reviewed-Facts header). */
export interface Coverage { reviewed: number; facts: number; reviewedOnly: boolean }
export const COVERAGE_EVENT = 'atlas-coverage';

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  if (isViewPath(path) && reviewedOnly()) qs.set('reviewedOnly', 'true');
  const url = `/api${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = await res.json().catch(() => null) as { detail?: string } | null;
    throw new ApiError(res.status, body?.detail ?? `${res.status} ${res.statusText}`);
  }
  const counted = /^(\d+)\/(\d+)$/.exec(res.headers.get('atlas-reviewed-facts') ?? '');
  if (counted) {
    const detail: Coverage = { reviewed: Number(counted[1]), facts: Number(counted[2]), reviewedOnly: res.headers.get('atlas-reviewed-only') === 'true' };
    window.dispatchEvent(new CustomEvent(COVERAGE_EVENT, { detail }));
  }
  return res.json() as Promise<T>;
}

/** Sends JSON with the write token (POST, DELETE); errors carry the problem's detail. */
export async function sendJson<T>(method: 'POST' | 'DELETE', path: string, body?: unknown): Promise<T | null> {
  const token = writeToken();
  const res = await fetch(`/api${path}`, {
    method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  if (!res.ok) {
    if (res.status === 401) sessionStorage.removeItem('atlas-token');
    const problem = await res.json().catch(() => null) as { detail?: string } | null;
    throw new ApiError(res.status, problem?.detail ?? `${res.status} ${res.statusText}`);
  }
  return res.status === 204 ? null : res.json() as Promise<T>;
}

/** The reviewer's name, kept per browser. */
export const reviewerName = () => localStorage.getItem('atlas-reviewer') || 'analyst';
export const setReviewerName = (name: string) => localStorage.setItem('atlas-reviewer', name.trim());

export type Loaded<T> = { state: 'loading' } | { state: 'error'; error: ApiError | Error } | { state: 'ok'; data: T };

/** Fetches when `key` changes (or `version` does: a reload); stale answers from earlier keys are dropped. */
export function useApi<T>(path: string | null, params: Params = {}, version = 0): Loaded<T> {
  const key = path === null ? null : `${path}?${JSON.stringify(params)}#${version}`;
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

export interface UploadReply {
  /** HTTP status: 201 added, 200 unchanged, 4xx/5xx failed. */
  status: number;
  body: { uploadId?: string; filename?: string; result?: { documentId: number; status: 'added' | 'unchanged'; title: string; counts: { sentences: number; entities: number; quantities: number; events: number } | null }; detail?: string; title?: string } | null;
}

/**
 * Uploads one file to POST /api/documents with the write token. XMLHttpRequest rather than fetch
 * because only it reports upload progress. Resolves with the status and parsed body whatever the
 * status (the caller shows the reason of a failure); rejects only when no answer came.
 */
export function uploadFile(file: File, onProgress: (sent: number, total: number) => void): Promise<UploadReply> {
  const token = writeToken();
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.setRequestHeader('accept', 'application/json');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      if (xhr.status === 401) sessionStorage.removeItem('atlas-token');
      let body: UploadReply['body'] = null;
      try { body = JSON.parse(xhr.responseText) as UploadReply['body']; } catch { body = { detail: xhr.responseText.slice(0, 300) || xhr.statusText }; }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new Error('the server did not answer (network error)'));
    xhr.ontimeout = () => reject(new Error('the server took too long to answer'));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
