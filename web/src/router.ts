import { useEffect, useState } from 'react';

/** A hash route: `#/documents/3?fact=q12` -> path ['documents','3'], params {fact:'q12'}. Shareable, no server config. */
export interface Route {
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [p, q = ''] = raw.split('?');
  return { path: p.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(q) };
}

export type Params = Record<string, string | number | null | undefined | false>;

/** Builds `#/a/b?x=1`, dropping empty params so URLs stay short. */
export function href(path: string, params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '' && v !== false) qs.set(k, String(v));
  const s = qs.toString();
  return `#${path.startsWith('/') ? path : `/${path}`}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, params: Params = {}, opts: { replace?: boolean } = {}) {
  const target = href(path, params);
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

/** Updates some params of the current route (view state lives in the URL). */
export function setParams(patch: Params, opts: { replace?: boolean } = {}) {
  const r = parseHash(location.hash);
  const merged: Params = Object.fromEntries(r.params.entries());
  Object.assign(merged, patch);
  navigate(`/${r.path.map(encodeURIComponent).join('/')}`, merged, opts);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return route;
}

export function factHref(documentId: number, ref: string): string {
  return href(`/documents/${documentId}`, { fact: ref });
}
