import type { AtlasStore } from '../../src/store/store.ts';

/**
 * What a store holds, by content: every row with its ids and timestamps dropped, documents named
 * by their content hash and entities by type and name, each list sorted. Two stores that hold the
 * same documents, entities and facts give equal snapshots, whichever engine or process wrote them.
 *
 * Entities resolve against what is already stored, so which entities merge (and under which name)
 * depends on the order documents were stored in: compare stores filled in the same order.
 */
export interface StoreSnapshot {
  documents: unknown[];
  entities: unknown[];
  mentions: unknown[];
  quantities: unknown[];
  events: unknown[];
  relations: unknown[];
  claims: unknown[];
}

type Ref = { id: number; name: string; type: string } | null;
const sortByJson = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort().map((s) => JSON.parse(s) as unknown);

export async function storeSnapshot(store: AtlasStore): Promise<StoreSnapshot> {
  const docs = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listDocuments({ limit: 1000, offset });
    docs.push(...page.items);
    if (offset + 1000 >= page.total) break;
  }
  const hashOf = new Map(docs.map((d) => [d.id, d.contentHash]));
  const entities = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await store.listEntities({ limit: 1000, offset });
    entities.push(...page.items);
    if (offset + 1000 >= page.total) break;
  }
  const ref = (r: Ref) => (r ? `${r.type}:${r.name}` : null);
  // Evidence: which document (by hash), where, and by which rule; ids dropped.
  const evidence = <T extends { id: number; documentId: number }>(f: T) => {
    const { id: _id, documentId, ...rest } = f;
    return { document: hashOf.get(documentId), ...rest };
  };
  return {
    documents: sortByJson(docs.map(({ id: _id, ingestedAt: _at, ...d }) => d)),
    entities: sortByJson(entities.map(({ id: _id, aliases, ...e }) => ({
      ...e, aliases: aliases.map((a) => `${a.kind}:${a.alias}`).sort(),
    }))),
    mentions: sortByJson((await store.mentions({})).map((m) => ({ ...evidence(m), entity: ref(m.entity) }))),
    quantities: sortByJson((await store.quantities({})).map((q) => ({
      ...evidence(q), subjectEntity: ref(q.subjectEntity), holderEntity: ref(q.holderEntity),
    }))),
    events: sortByJson((await store.events({})).map((e) => ({
      ...evidence(e), participants: e.participants.map((p) => `${p.role}:${ref(p)}`).sort(),
    }))),
    relations: sortByJson((await store.relations({})).map((r) => ({ ...evidence(r), subject: ref(r.subject), object: ref(r.object) }))),
    claims: sortByJson((await store.claims({})).map((c) => ({ ...evidence(c), source: ref(c.source) }))),
  };
}
