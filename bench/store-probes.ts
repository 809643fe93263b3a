/** What bench:store requests: every registered view, entity pages, search and the timeline. */
import { VIEW_CATALOG, viewPath } from '../src/model/view-catalog.ts';
import type { BenchServer } from './store-server.ts';

export interface Probe { name: string; path: string }

export async function probesFor(server: BenchServer): Promise<Probe[]> {
  const orgs = (await server.get('/api/entities?type=ORG&limit=1')).body as { items: { id: number; name: string }[] };
  const all = (await server.get('/api/entities?limit=1')).body as { total: number; items: { id: number }[] };
  const middle = (await server.get(`/api/entities?limit=1&offset=${Math.floor(all.total / 2)}`)).body as { items: { id: number }[] };
  const params: Record<string, Record<string, string>> = { ledger: { subject: orgs.items[0]?.name ?? 'army' } };
  const views = VIEW_CATALOG.map((v) => {
    const q = new URLSearchParams(params[v.id] ?? {}).toString();
    return { name: `view ${v.id}`, path: `/api${viewPath(v.id)}${q ? `?${q}` : ''}` };
  });
  return [
    ...views,
    // The most-mentioned entity has the largest page; one from the middle of the list is typical.
    { name: 'entity (top)', path: `/api/entities/${all.items[0].id}` },
    { name: 'entity (median)', path: `/api/entities/${middle.items[0].id}` },
    { name: 'search', path: `/api/search?q=${encodeURIComponent('defense budget')}` },
    { name: 'timeline', path: '/api/timeline' },
  ];
}

export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
