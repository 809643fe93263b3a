import type { AtlasStore } from '../../store/store.ts';
import { yearOf } from '../../model/date.ts';
import type { PartialDate } from '../../model/date.ts';
import type { SearchResponse } from '../schemas/search.ts';

// Facets are counted over this many best hits; deeper pages are rarely useful for a reading UI.
const FACET_WINDOW = 1000;
const YEAR_IN_TEXT = /\b(1[89]\d\d|20\d\d)\b/g;

export interface SearchParams {
  q: string;
  type?: string;
  year?: number;
  limit: number;
  offset: number;
}

/** Ranked sentences and entities for a query, with type and year facets and the year filter applied. */
export async function searchAtlas(store: AtlasStore, p: SearchParams): Promise<SearchResponse> {
  const found = await store.search(p.q, { limit: FACET_WINDOW, offset: 0 });
  const datedYears = await datedYearsBySentence(store, [...new Set(found.sentences.items.map((h) => h.documentId))]);
  const hits = found.sentences.items.map((h) => {
    const years = new Set(datedYears.get(`${h.documentId}:${h.sentence}`) ?? []);
    for (const m of h.text.matchAll(YEAR_IN_TEXT)) years.add(Number(m[1]));
    return { ...h, years: [...years].sort((a, b) => a - b) };
  });
  const yearFacet: Record<string, number> = {};
  for (const h of hits) for (const y of h.years) yearFacet[y] = (yearFacet[y] ?? 0) + 1;
  const typeFacet: Record<string, number> = {};
  for (const e of found.entities) typeFacet[e.type] = (typeFacet[e.type] ?? 0) + 1;

  const kept = p.year === undefined ? hits : hits.filter((h) => h.years.includes(p.year!));
  const total = p.year === undefined ? Math.max(found.sentences.total, kept.length) : kept.length;
  return {
    q: p.q,
    sentences: { total, limit: p.limit, offset: p.offset, items: kept.slice(p.offset, p.offset + p.limit) },
    entities: p.type ? found.entities.filter((e) => e.type === p.type) : found.entities,
    facets: { types: typeFacet, years: yearFacet },
  };
}

async function datedYearsBySentence(store: AtlasStore, documentIds: number[]): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  const add = (documentId: number, sentence: number, date: PartialDate | null) => {
    if (!date) return;
    const key = `${documentId}:${sentence}`;
    const from = yearOf(date);
    const to = Math.min(Number(date.end.slice(0, 4)), from + 20);
    const list = out.get(key) ?? [];
    for (let y = from; y <= to; y++) list.push(y);
    out.set(key, list);
  };
  for (const documentId of documentIds) {
    const [events, quantities] = await Promise.all([
      store.events({ documentId, limit: 100_000 }),
      store.quantities({ documentId, limit: 100_000 }),
    ]);
    for (const e of events) add(documentId, e.sentence, e.date);
    for (const q of quantities) add(documentId, q.sentence, q.date);
  }
  return out;
}
