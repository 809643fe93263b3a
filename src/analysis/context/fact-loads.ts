import type { StoredEvent, StoredMention, StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';

/**
 * The whole-store fact lists an analysis reads, each loaded at most once per context: a view that
 * runs others (the audit runs education once per country) reads the store once, not once per run.
 */
export class FactLoads {
  private readonly memo = new Map<string, Promise<unknown>>();
  constructor(private readonly store: AtlasStore) {}

  events(): Promise<StoredEvent[]> { return this.once('events', () => this.store.events({})); }
  mentions(): Promise<StoredMention[]> { return this.once('mentions', () => this.store.mentions({})); }
  quantities(): Promise<StoredQuantity[]> { return this.once('quantities', () => this.store.quantities({})); }

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
