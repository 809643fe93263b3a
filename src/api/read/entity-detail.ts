import type { AtlasStore } from '../../store/store.ts';
import { NotFound } from '../../model/errors.ts';
import { formatFactRef, type EntityRef, type FactKind } from '../../model/views.ts';
import type { EntityDetail } from '../schemas/entities.ts';

const MAX_FACTS = 2000;
const MAX_RELATED = 30;

const withRef = <T extends { id: number }>(kind: FactKind) => (f: T) => ({ ...f, ref: formatFactRef({ kind, id: f.id }) });

/** One entity with every fact about it and the entities it is named with or related to. */
export async function entityDetail(store: AtlasStore, id: number): Promise<EntityDetail> {
  const entity = await store.getEntity(id);
  if (!entity) throw new NotFound(`no entity with id ${id}`);
  const filter = { entityId: id, limit: MAX_FACTS };
  const [mentions, quantities, events, relations, claims] = await Promise.all([
    store.mentions(filter), store.quantities(filter), store.events(filter), store.relations(filter), store.claims(filter),
  ]);
  // Sentence texts and titles in two batched reads, not a whole document per document.
  const [texts, titles] = await Promise.all([store.sentenceTexts(mentions), store.documentTitles(mentions.map((m) => m.documentId))]);
  const textOf = new Map(texts.map((t) => [`${t.documentId}:${t.sentence}`, t.text]));
  const titleOf = new Map(titles.map((t) => [t.id, t.title]));
  const mentionsOut = mentions.map((m) => ({
    ...withRef<typeof m>('mention')(m),
    sentenceText: textOf.get(`${m.documentId}:${m.sentence}`) ?? '',
    documentTitle: titleOf.get(m.documentId) ?? '',
  }));
  return {
    ...entity,
    mentions: mentionsOut,
    quantities: quantities.map(withRef('quantity')),
    events: events.map(withRef('event')),
    relations: relations.map(withRef('relation')),
    claims: claims.map(withRef('claim')),
    related: await relatedEntities(store, id, relations),
  };
}

type Related = EntityDetail['related'][number];

/** Entities sharing a sentence with this one, and the other ends of its relations, strongest first. */
async function relatedEntities(store: AtlasStore, id: number, relations: { subject: EntityRef; object: EntityRef }[]): Promise<Related[]> {
  const byId = new Map<number, Related>();
  const bump = (e: EntityRef, via: Related['via'][number], weight = 1) => {
    if (e.id === id) return;
    const r = byId.get(e.id) ?? { id: e.id, name: e.name, type: e.type, weight: 0, via: [] };
    r.weight += weight;
    if (!r.via.includes(via)) r.via.push(via);
    byId.set(e.id, r);
  };
  // Counted in SQL: one row per co-mentioned entity instead of every mention of every document.
  for (const c of await store.coMentions(id)) bump(c.entity, 'co-mention', c.sentences);
  for (const r of relations) {
    bump(r.subject, 'relation');
    bump(r.object, 'relation');
  }
  return [...byId.values()].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name)).slice(0, MAX_RELATED);
}
