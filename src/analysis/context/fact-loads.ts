import type { StoredEvent, StoredMention, StoredQuantity } from '../../model/views.ts';
import type { AtlasStore, MentionCount } from '../../store/store.ts';
import type { Derivation } from './derivations.ts';
import type { DocumentFacts, FactSnapshot } from './fact-snapshot.ts';

/**
 * The whole-store fact lists an analysis reads, each loaded at most once per context: a view that
 * runs others (the audit runs education once per country) reads the store once, not once per run.
 * With a snapshot (a server's shared context) the lists come from memory.
 */
export class FactLoads {
  private readonly memo = new Map<string, Promise<unknown>>();
  constructor(private readonly store: AtlasStore, readonly snapshot: FactSnapshot | null = null) {}

  events(): Promise<StoredEvent[]> { return this.once('events', async () => this.snapshot?.events ?? this.store.events({})); }
  mentions(): Promise<StoredMention[]> { return this.once('mentions', async () => this.snapshot?.mentions() ?? this.store.mentions({})); }
  quantities(): Promise<StoredQuantity[]> { return this.once('quantities', async () => this.snapshot?.quantities() ?? this.store.quantities({})); }
  /** As AtlasStore.mentionsByIds. */
  async mentionsByIds(ids: readonly number[]): Promise<StoredMention[]> {
    return this.snapshot ? this.snapshot.mentionsByIds(ids) : this.store.mentionsByIds(ids);
  }
  /** As AtlasStore.mentionCounts. */
  async mentionCounts(entityIds: readonly number[]): Promise<MentionCount[]> {
    return this.snapshot ? this.snapshot.mentionCounts(entityIds) : this.store.mentionCounts(entityIds);
  }

  /**
   * A derivation of every document with facts, in document order (see derivations.ts): with a
   * snapshot, kept per document version across generations; without one, computed from the store's lists.
   */
  async perDocument<R>({ key, derive }: Derivation<R>): Promise<R[]> {
    if (this.snapshot) return this.once(`perDocument:${key}`, async () => this.snapshot!.perDocument(key, derive));
    const docs = await this.once('documents', async () => {
      const byDoc = new Map<number, DocumentFacts>();
      const of = (id: number) => {
        let d = byDoc.get(id);
        if (!d) byDoc.set(id, (d = { documentId: id, events: [], mentions: [], quantities: [], links: [], relations: [] }));
        return d;
      };
      const [events, mentions, quantities, links, relations] = await Promise.all([
        this.events(), this.mentions(), this.quantities(), this.store.links({}), this.store.relations({}),
      ]);
      for (const e of events) of(e.documentId).events.push(e);
      for (const m of mentions) of(m.documentId).mentions.push(m);
      for (const q of quantities) of(q.documentId).quantities.push(q);
      for (const l of links) of(l.documentId).links.push(l);
      for (const r of relations) of(r.documentId).relations.push(r);
      return [...byDoc.values()].sort((a, b) => a.documentId - b.documentId);
    });
    return this.once(`perDocument:${key}`, async () => docs.map(derive));
  }

  /** Anything derived from the loads (an index, a grouping), computed once per context. */
  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    let p = this.memo.get(key) as Promise<T> | undefined;
    if (!p) {
      p = load();
      this.memo.set(key, p);
    }
    return p;
  }
}
