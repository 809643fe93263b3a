import type { StoredLink } from '../../model/links.ts';
import type { StoredEntity, StoredEvent, StoredMention, StoredQuantity, StoredRelation } from '../../model/views.ts';
import type { AtlasStore, CoMention, DocumentStamp, EntityRecord, MentionCount } from '../../store/store.ts';
import { FactInterner } from './intern.ts';
import type { Derivation } from './derivations.ts';

/** One document's facts at one version, each list in the store's order. */
interface DocFacts {
  version: number;
  events: StoredEvent[];
  mentions: StoredMention[];
  quantities: StoredQuantity[];
  links: StoredLink[];
  relations: StoredRelation[];
  /** Mentions per entity in this document, with the first one's offset. */
  counts: Map<number, { count: number; firstStart: number }>;
  /** Built on first use and kept while the document is unchanged, so later generations reuse them. */
  byId?: Map<number, StoredMention>;
  /** Each (entity, sentence) once, in mention order. */
  pairs?: { entity: StoredMention['entity']; sentence: number }[];
  /** What analyses derived from this document alone (perDocument), by key. */
  derived?: Map<string, unknown>;
}

/** One document's facts, each list in the store's order. */
export interface DocumentFacts {
  documentId: number;
  events: StoredEvent[];
  mentions: StoredMention[];
  quantities: StoredQuantity[];
  links: StoredLink[];
  relations: StoredRelation[];
}

/**
 * The store's facts in memory, per document version. A new generation of the store is read by
 * comparing document versions: only new and replaced documents are read again, removed ones are
 * dropped, the rest is reused, so after one upload the analyses do not re-read 10,000 documents.
 * Entity records are read whole (they are few); a merge, split or undo, or an entity renamed or
 * retyped (facts of unchanged documents carry its name), makes the snapshot read everything again.
 * Every list keeps the order the store's own readers give.
 */
export class FactSnapshot {
  private readonly memo = new Map<string, unknown>();

  private constructor(
    private readonly docs: Map<number, DocFacts>,
    private readonly records: Map<number, EntityRecord>,
    private readonly changes: string,
    private readonly interner: FactInterner,
    readonly entities: StoredEntity[],
    readonly events: StoredEvent[],
    /** The documents whose facts differ from the previous snapshot's (added, replaced, removed); null when read whole. */
    readonly changed: ReadonlySet<number> | null,
  ) {}

  /** The store now, from `prev` (the snapshot of an earlier generation) where nothing changed. */
  static async load(store: AtlasStore, prev: FactSnapshot | null): Promise<FactSnapshot> {
    const [stamps, records, changes] = await Promise.all([
      store.documentStamps(), store.entityRecords(),
      store.entityChanges({}).then((list) => list.map((c) => `${c.id}:${c.undoneAt ?? ''}`).join(',')),
    ]);
    const byId = new Map(records.map((r) => [r.id, r]));
    const reusable = prev !== null && prev.changes === changes && !renamed(prev.records, byId) && changedCount(prev.docs, stamps) <= MAX_DELTA;
    if (!reusable) {
      const interner = new FactInterner();
      const docs = await whole(store, stamps, interner);
      return new FactSnapshot(docs, byId, changes, interner, withCounts(records, docs), wholeEvents(docs), null);
    }
    const docs = await delta(store, stamps, prev.docs, prev.interner);
    const changed = new Set<number>();
    for (const [id, d] of prev.docs) if (docs.get(id) !== d) changed.add(id);
    for (const [id, d] of docs) if (prev.docs.get(id) !== d) changed.add(id);
    return new FactSnapshot(docs, byId, changes, prev.interner, withCounts(records, docs), mergeEvents(prev.events, changed, docs), changed);
  }

  /**
   * `derive` of every document, in document order, computed once per document version: a new
   * generation derives only its new and replaced documents. `derive` may read only the document's
   * own facts (and the links of those facts, which its document holds) and fixed knowledge.
   */
  perDocument<R>(key: string, derive: (d: DocumentFacts) => R): R[] {
    const out: R[] = [];
    for (const [documentId, d] of this.docs) {
      const memo = (d.derived ??= new Map());
      if (!memo.has(key)) memo.set(key, derive({ documentId, events: d.events, mentions: d.mentions, quantities: d.quantities, links: d.links, relations: d.relations }));
      out.push(memo.get(key) as R);
    }
    return out;
  }

  /**
   * Derives what `list` derives for every document not derived yet, a few hundred documents at a
   * time with a turn of the event loop between them: after the warm-up the server's thread does
   * this once, so the first view after a start is not the one that derives 10,000 documents.
   */
  async prime(list: readonly Derivation<unknown>[], batch = 200): Promise<void> {
    let n = 0;
    for (const [documentId, d] of this.docs) {
      const memo = (d.derived ??= new Map());
      for (const { key, derive } of list) {
        if (!memo.has(key)) memo.set(key, derive({ documentId, events: d.events, mentions: d.mentions, quantities: d.quantities, links: d.links, relations: d.relations }));
      }
      if (++n % batch === 0) await new Promise((r) => setImmediate(r));
    }
  }

  /** The links of these documents now, in the store's order. */
  linksOf(ids: ReadonlySet<number>): StoredLink[] {
    return [...ids].sort((a, b) => a - b).flatMap((id) => this.docs.get(id)?.links ?? []);
  }

  mentions(): StoredMention[] { return this.concat('mentions'); }
  quantities(): StoredQuantity[] { return this.concat('quantities'); }
  links(): StoredLink[] { return this.concat('links'); }
  relations(): StoredRelation[] { return this.concat('relations'); }

  /** As AtlasStore.mentionsByIds: these mentions (missing ones left out), by document, offset and id. */
  mentionsByIds(ids: readonly number[]): StoredMention[] {
    const ranges = this.mentionRanges();
    const out: StoredMention[] = [];
    for (const id of new Set(ids)) {
      // The last document whose first mention id is at most `id`, then back while an earlier one's range still reaches it.
      let lo = 0;
      let hi = ranges.docs.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (ranges.min[mid] <= id) lo = mid + 1;
        else hi = mid - 1;
      }
      for (let i = hi; i >= 0 && ranges.reach[i] >= id; i--) {
        const m = mentionById(ranges.docs[i]).get(id);
        if (m) {
          out.push(m);
          break;
        }
      }
    }
    return out.sort((a, b) => a.documentId - b.documentId || a.start - b.start || a.id - b.id);
  }

  /** As AtlasStore.quantities({ entityId, limit }): figures whose subject or holder is the entity, in the store's order. */
  quantitiesAbout(entityId: number, limit: number): StoredQuantity[] {
    const out: StoredQuantity[] = [];
    for (const d of this.docs.values()) {
      for (const q of d.quantities) {
        if (q.subjectEntity?.id !== entityId && q.holderEntity?.id !== entityId) continue;
        if (out.push(q) >= limit) return out;
      }
    }
    return out;
  }

  /** As AtlasStore.events({ entityId, limit }): events the entity takes part in, by date, document, offset and id. */
  eventsWith(entityId: number, limit: number): StoredEvent[] {
    const out: StoredEvent[] = [];
    for (const e of this.events) {
      if (!e.participants.some((p) => p.id === entityId)) continue;
      if (out.push(e) >= limit) break;
    }
    return out;
  }

  /** As AtlasStore.coMentions: entities named in a sentence that names this one, with how many such sentences. */
  coMentions(entityId: number): CoMention[] {
    const out = new Map<number, CoMention>();
    for (const d of this.docs.values()) {
      if (!d.counts.has(entityId)) continue;
      const pairs = distinctPairs(d);
      const sentences = new Set<number>();
      for (const p of pairs) if (p.entity.id === entityId) sentences.add(p.sentence);
      // One count per (other entity, sentence), however often the sentence names it.
      for (const p of pairs) {
        if (p.entity.id === entityId || !sentences.has(p.sentence)) continue;
        const c = out.get(p.entity.id);
        if (c) c.sentences++;
        else out.set(p.entity.id, { entity: { id: p.entity.id, name: p.entity.name, type: p.entity.type }, sentences: 1 });
      }
    }
    return [...out.values()];
  }

  /** Documents with mentions by their smallest mention id, with the largest id reached so far (ranges may overlap). */
  private mentionRanges(): { docs: DocFacts[]; min: number[]; reach: number[] } {
    let r = this.memo.get('mentionRanges') as ReturnType<FactSnapshot['mentionRanges']> | undefined;
    if (r) return r;
    const spans = [...this.docs.values()].filter((d) => d.mentions.length).map((d) => {
      let [min, max] = [Infinity, -Infinity];
      for (const m of d.mentions) [min, max] = [Math.min(min, m.id), Math.max(max, m.id)];
      return { d, min, max };
    }).sort((a, b) => a.min - b.min);
    let reach = -Infinity;
    r = { docs: spans.map((x) => x.d), min: spans.map((x) => x.min), reach: spans.map((x) => (reach = Math.max(reach, x.max))) };
    this.memo.set('mentionRanges', r);
    return r;
  }

  /** As AtlasStore.mentionCounts: per document, then first mention. */
  mentionCounts(entityIds: readonly number[]): MentionCount[] {
    const wanted = new Set(entityIds);
    const out: MentionCount[] = [];
    for (const [documentId, d] of this.docs) {
      for (const [entityId, c] of d.counts) if (wanted.has(entityId)) out.push({ documentId, entityId, count: c.count, firstStart: c.firstStart });
    }
    return out.sort((a, b) => a.documentId - b.documentId || a.firstStart - b.firstStart || a.entityId - b.entityId);
  }

  // Documents are kept in id order and each list is in (document, start, id) order within a document.
  private concat<K extends 'mentions' | 'quantities' | 'links' | 'relations'>(kind: K): DocFacts[K] {
    let list = this.memo.get(kind) as DocFacts[K] | undefined;
    if (!list) {
      list = [...this.docs.values()].flatMap((d) => d[kind] as DocFacts[K][number][]) as DocFacts[K];
      this.memo.set(kind, list);
    }
    return list;
  }
}

// Past this many new or replaced documents, one read of everything is cheaper than a read per document.
const MAX_DELTA = 200;

function changedCount(before: Map<number, DocFacts>, stamps: DocumentStamp[]): number {
  return stamps.filter((s) => before.get(s.id)?.version !== s.version).length;
}

function renamed(before: Map<number, EntityRecord>, after: Map<number, EntityRecord>): boolean {
  for (const [id, r] of before) {
    const now = after.get(id);
    if (now && (now.name !== r.name || now.type !== r.type)) return true;
  }
  return false;
}

function emptyDoc(version: number): DocFacts {
  return { version, events: [], mentions: [], quantities: [], links: [], relations: [], counts: new Map() };
}

/** Every document read whole, grouped by document; facts of a document the stamps do not list yet are left for the next read. */
async function whole(store: AtlasStore, stamps: DocumentStamp[], interner: FactInterner): Promise<Map<number, DocFacts>> {
  const docs = new Map(stamps.map((s) => [s.id, emptyDoc(s.version)]));
  const ids = [...docs.keys()].sort((a, b) => a - b);
  // A slice of documents and one kind at a time, compacted as it comes: the store's rows of one kind
  // for every document at once grew the heap by what the snapshot itself holds (the server's peak RSS).
  for (let i = 0; i < ids.length; i += WHOLE_SLICE) {
    const slice = ids.slice(i, i + WHOLE_SLICE);
    const documents = { from: slice[0], to: slice[slice.length - 1] };
    const put = <K extends FactKind>(kind: K, list: DocFacts[K]) => {
      for (const f of list) {
        if (f.documentId >= documents.from && f.documentId <= documents.to) (docs.get(f.documentId)?.[kind] as DocFacts[K][number][] | undefined)?.push(f);
      }
      for (const id of slice) {
        const d = docs.get(id)!;
        d[kind] = interner[kind](d[kind] as never) as DocFacts[K];
      }
    };
    put('events', await store.events({ documents }));
    put('mentions', await store.mentions({ documents }));
    put('quantities', await store.quantities({ documents }));
    put('links', await store.links({ documents }));
    put('relations', await store.relations({ documents }));
  }
  for (const d of docs.values()) countMentions(d);
  return docs;
}

// Documents per read of a whole snapshot: a few dozen queries at 10,000 documents, a tenth of the rows in memory at once.
const WHOLE_SLICE = 1000;

type FactKind = 'events' | 'mentions' | 'quantities' | 'links' | 'relations';

function compact(d: DocFacts, interner: FactInterner): void {
  d.events = interner.events(d.events);
  d.mentions = interner.mentions(d.mentions);
  d.quantities = interner.quantities(d.quantities);
  d.links = interner.links(d.links);
  d.relations = interner.relations(d.relations);
}

/** The previous documents where their version is the same, new and replaced ones read again. */
async function delta(store: AtlasStore, stamps: DocumentStamp[], before: Map<number, DocFacts>, interner: FactInterner): Promise<Map<number, DocFacts>> {
  const docs = new Map<number, DocFacts>();
  for (const s of stamps) {
    const old = before.get(s.id);
    docs.set(s.id, old && old.version === s.version ? old : await readDocument(store, s, interner));
  }
  return docs;
}

async function readDocument(store: AtlasStore, s: DocumentStamp, interner: FactInterner): Promise<DocFacts> {
  const f = { documentId: s.id };
  const [events, mentions, quantities, links, relations] = await Promise.all([
    store.events(f), store.mentions(f), store.quantities(f), store.links(f), store.relations(f),
  ]);
  const d: DocFacts = { version: s.version, events, mentions, quantities, links, relations, counts: new Map() };
  compact(d, interner);
  countMentions(d);
  return d;
}

function mentionById(d: DocFacts): Map<number, StoredMention> {
  return (d.byId ??= new Map(d.mentions.map((m) => [m.id, m])));
}

function distinctPairs(d: DocFacts): NonNullable<DocFacts['pairs']> {
  if (d.pairs) return d.pairs;
  const seen = new Map<number, Set<number>>();
  d.pairs = [];
  for (const m of d.mentions) {
    let s = seen.get(m.entity.id);
    if (!s) seen.set(m.entity.id, (s = new Set()));
    if (s.has(m.sentence)) continue;
    s.add(m.sentence);
    d.pairs.push({ entity: m.entity, sentence: m.sentence });
  }
  return d.pairs;
}

function countMentions(d: DocFacts): void {
  for (const m of d.mentions) {
    const c = d.counts.get(m.entity.id);
    if (c) {
      c.count++;
      c.firstStart = Math.min(c.firstStart, m.start);
    } else d.counts.set(m.entity.id, { count: 1, firstStart: m.start });
  }
}

/** The store's event order: date, document, offset, id. */
const eventOrder = (a: StoredEvent, b: StoredEvent) =>
  (a.date.start < b.date.start ? -1 : a.date.start > b.date.start ? 1 : 0) || a.documentId - b.documentId || a.start - b.start || a.id - b.id;

function wholeEvents(docs: Map<number, DocFacts>): StoredEvent[] {
  return [...docs.values()].flatMap((d) => d.events).sort(eventOrder);
}

/** The previous event list without the documents that changed, merged with the changed documents' events. */
function mergeEvents(before: StoredEvent[], changed: ReadonlySet<number>, docs: Map<number, DocFacts>): StoredEvent[] {
  if (changed.size === 0) return before;
  const fresh = [...changed].flatMap((id) => docs.get(id)?.events ?? []).sort(eventOrder);
  const out: StoredEvent[] = [];
  let j = 0;
  for (const e of before) {
    if (changed.has(e.documentId)) continue;
    while (j < fresh.length && eventOrder(fresh[j], e) < 0) out.push(fresh[j++]);
    out.push(e);
  }
  while (j < fresh.length) out.push(fresh[j++]);
  return out;
}

/** Entities with their mention and document counts, in listEntities' order (most mentioned, then name and id). */
function withCounts(records: EntityRecord[], docs: Map<number, DocFacts>): StoredEntity[] {
  const mentions = new Map<number, number>();
  const documents = new Map<number, number>();
  for (const d of docs.values()) {
    for (const [id, c] of d.counts) {
      mentions.set(id, (mentions.get(id) ?? 0) + c.count);
      documents.set(id, (documents.get(id) ?? 0) + 1);
    }
  }
  // records come by name then id; a stable sort on the count keeps that order among equals.
  return records
    .map((r) => ({ ...r, mentionCount: mentions.get(r.id) ?? 0, documentCount: documents.get(r.id) ?? 0 }))
    .sort((a, b) => b.mentionCount - a.mentionCount);
}
