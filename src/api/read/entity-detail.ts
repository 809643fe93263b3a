import type { AtlasStore } from '../../store/store.ts';
import { NotFound } from '../../model/errors.ts';
import { formatFactRef, type EntityRef, type FactKind } from '../../model/views.ts';
import type { EntityDetail } from '../schemas/entities.ts';
import { sentenceReader } from './sentence-text.ts';

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
  const reader = sentenceReader(store);
  const mentionsOut = await Promise.all(mentions.map(async (m) => ({
    ...withRef<typeof m>('mention')(m),
    sentenceText: await reader.text(m.documentId, m.sentence),
    documentTitle: (await reader.doc(m.documentId))?.title ?? '',
  })));
  return {
    ...entity,
    mentions: mentionsOut,
    quantities: quantities.map(withRef('quantity')),
    events: events.map(withRef('event')),
    relations: relations.map(withRef('relation')),
    claims: claims.map(withRef('claim')),
    related: await relatedEntities(store, id, mentions, relations),
  };
}

type Related = EntityDetail['related'][number];

/** Entities sharing a sentence with this one, and the other ends of its relations, strongest first. */
async function relatedEntities(
  store: AtlasStore,
  id: number,
  mentions: { documentId: number; sentence: number }[],
  relations: { subject: EntityRef; object: EntityRef }[],
): Promise<Related[]> {
  const byId = new Map<number, Related>();
  const bump = (e: EntityRef, via: Related['via'][number]) => {
    if (e.id === id) return;
    const r = byId.get(e.id) ?? { id: e.id, name: e.name, type: e.type, weight: 0, via: [] };
    r.weight++;
    if (!r.via.includes(via)) r.via.push(via);
    byId.set(e.id, r);
  };
  const sentencesByDoc = new Map<number, Set<number>>();
  for (const m of mentions) {
    const set = sentencesByDoc.get(m.documentId) ?? new Set<number>();
    set.add(m.sentence);
    sentencesByDoc.set(m.documentId, set);
  }
  for (const [documentId, sentences] of sentencesByDoc) {
    const seen = new Set<string>();
    for (const other of await store.mentions({ documentId, limit: 100_000 })) {
      const key = `${other.sentence}:${other.entity.id}`;
      if (!sentences.has(other.sentence) || seen.has(key)) continue;
      seen.add(key);
      bump(other.entity, 'co-mention');
    }
  }
  for (const r of relations) {
    bump(r.subject, 'relation');
    bump(r.object, 'relation');
  }
  return [...byId.values()].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name)).slice(0, MAX_RELATED);
}
