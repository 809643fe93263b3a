import type { AtlasStore } from '../../store/store.ts';
import { formatFactRef } from '../../model/views.ts';

export interface TimelineParams {
  from?: string;
  to?: string;
  type?: string;
  entity?: number;
  limit: number;
}

/** Dated events in order, with a count per event type (before the type filter) for the UI's filter. */
export async function timeline(store: AtlasStore, p: TimelineParams) {
  const base = { from: p.from, to: p.to, entityId: p.entity, limit: p.limit };
  // Type counts ignore the type filter so the UI can offer every type.
  const all = await store.events(base);
  const events = p.type ? await store.events({ ...base, type: p.type }) : all;
  const types: Record<string, number> = {};
  for (const e of all) types[e.type] = (types[e.type] ?? 0) + 1;
  const sorted = [...events].sort((a, b) => a.date.start.localeCompare(b.date.start) || a.id - b.id);
  return { events: sorted.map((e) => ({ ...e, ref: formatFactRef({ kind: 'event', id: e.id }) })), types };
}
