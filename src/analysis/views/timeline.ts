import { labelPartialDate, yearOf } from '../../model/date.ts';
import { NotFound } from '../../model/errors.ts';
import type { TimelineView } from '../../model/analysis.ts';
import type { AtlasStore } from '../../store/store.ts';
import { countBy } from '../common/counts.ts';
import { loadContext } from '../context/context.ts';
import { sharesContext } from '../context/shared-context.ts';
import { refOf } from '../context/entity-index.ts';
import { compareDates, eref, sourceOf } from '../context/sources.ts';

export interface TimelineParams {
  /** Inclusive ISO bounds: YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  type?: string;
  /** Entity name, alias or numeric id: only events it takes part in. */
  entity?: string;
  /** One page of the events (default the first 1000). */
  limit?: number;
  offset?: number;
}

/** Events in date order with labels at their stated precision, counted per year and per type. */
export async function timelineView(store: AtlasStore, params: TimelineParams = {}): Promise<TimelineView> {
  let entity = null;
  if (params.entity) {
    const byId = /^\d+$/.test(params.entity) ? await store.getEntity(Number(params.entity)) : null;
    entity = byId ?? (await store.findEntities(params.entity)).sort((a, b) => b.mentionCount - a.mentionCount)[0] ?? null;
    if (!entity) throw new NotFound(`atlas: no entity named "${params.entity}"`);
  }
  const filtered = params.from !== undefined || params.to !== undefined || params.type !== undefined || entity !== null;
  // Unfiltered in a server, the whole-store list the other views share (a copy: it is sorted here).
  const events = filtered || !sharesContext(store)
    ? await store.events({ from: params.from, to: params.to, type: params.type, entityId: entity?.id })
    : [...await (await loadContext(store)).loads.events()];
  events.sort((a, b) => compareDates(a.date, b.date) || a.documentId - b.documentId || a.start - b.start);
  const limit = params.limit ?? 1000;
  const offset = params.offset ?? 0;
  const rows = events.slice(offset, offset + limit).map((e) => ({
    ref: eref(e),
    date: e.date,
    label: labelPartialDate(e.date),
    year: yearOf(e.date),
    type: e.type,
    cooperation: e.cooperation,
    title: e.title,
    participants: e.participants,
    source: sourceOf('event', e),
  }));
  return {
    filter: { from: params.from ?? null, to: params.to ?? null, type: params.type ?? null, entity: entity ? refOf(entity) : null },
    events: rows,
    total: events.length,
    offset,
    limit,
    // Counted over every event, not the page.
    perYear: countBy(events, (e) => yearOf(e.date)).sort((a, b) => a.key.localeCompare(b.key)),
    perType: countBy(events, (e) => e.type),
  };
}
