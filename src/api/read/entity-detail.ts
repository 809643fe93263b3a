import type { FactSnapshot } from '../../analysis/context/fact-snapshot.ts';
import type { AtlasStore, CoMention } from '../../store/store.ts';
import { NotFound } from '../../model/errors.ts';
import { formatFactRef, type EntityRef, type FactKind } from '../../model/views.ts';
import type { EntityDetail } from '../schemas/entities.ts';

const MAX_FACTS = 2000;
// Mentions carry their sentence: 2,000 of them made the most named entity's page 3.7 MB. The first
// ones are listed; the entity's mentionCount counts them all, and `atlas export` writes every one.
const MAX_MENTIONS = 300;
const MAX_RELATED = 30;

const withRef = <T extends { id: number }>(kind: FactKind) => (f: T) => ({ ...f, ref: formatFactRef({ kind, id: f.id }) });

/**
 * One entity with every fact about it and the entities it is named with or related to. Its facts
 * come from the store's indexes; with the server's fact snapshot its co-mentions are counted in
 * memory (the most mentioned entity of 10,000 documents is named in 40,000 sentences: counting
 * them in SQL took seconds).
 */
export async function entityDetail(store: AtlasStore, id: number, snapshot: FactSnapshot | null = null): Promise<EntityDetail> {
  const entity = await store.getEntity(id);
  if (!entity) throw new NotFound(`no entity with id ${id}`);
  const filter = { entityId: id, limit: MAX_FACTS };
  // A much-named entity's figures and events come from the snapshot: sorting the most named entity's
  // 20,000 figures or events in SQL took 100 ms each at 10,000 documents. A rarely named one's few
  // are an indexed read, cheaper than a pass over the snapshot.
  const inMemory = snapshot && entity.mentionCount > MAX_FACTS ? snapshot : null;
  const [mentions, quantities, events, relations, claims] = await Promise.all([
    store.mentions({ ...filter, limit: MAX_MENTIONS }),
    inMemory ? inMemory.quantitiesAbout(id, MAX_FACTS) : store.quantities(filter),
    inMemory ? inMemory.eventsWith(id, MAX_FACTS) : store.events(filter),
    store.relations(filter), store.claims(filter),
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
    related: relatedEntities(id, snapshot ? snapshot.coMentions(id) : await store.coMentions(id), relations),
  };
}

type Related = EntityDetail['related'][number];

/** Entities sharing a sentence with this one, and the other ends of its relations, strongest first. */
function relatedEntities(id: number, coMentions: CoMention[], relations: { subject: EntityRef; object: EntityRef }[]): Related[] {
  const byId = new Map<number, Related>();
  const bump = (e: EntityRef, via: Related['via'][number], weight = 1) => {
    if (e.id === id) return;
    const r = byId.get(e.id) ?? { id: e.id, name: e.name, type: e.type, weight: 0, via: [] };
    r.weight += weight;
    if (!r.via.includes(via)) r.via.push(via);
    byId.set(e.id, r);
  };
  // Counted in SQL or the snapshot: one row per co-mentioned entity, not every mention of every document.
  for (const c of coMentions) bump(c.entity, 'co-mention', c.sentences);
  for (const r of relations) {
    bump(r.subject, 'relation');
    bump(r.object, 'relation');
  }
  return [...byId.values()].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name)).slice(0, MAX_RELATED);
}
