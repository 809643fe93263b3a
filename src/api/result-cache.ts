import type { AtlasStore } from '../store/store.ts';

/**
 * Serialized API answers (views, entity pages) keyed by what was asked and the store's generation:
 * a repeated request costs one indexed read of the generation; any write, in any process, raises
 * the generation, and the next request computes afresh. Entries of older generations are dropped
 * as soon as a newer one is seen; at most `max` entries are kept (least recently used goes first).
 */
export class ResultCache {
  private readonly entries = new Map<string, Promise<string>>();
  private generation = -1;

  constructor(private readonly store: AtlasStore, private readonly max = 64) {}

  async get(key: string, compute: () => Promise<string>): Promise<string> {
    const g = await this.store.generation();
    if (g !== this.generation) {
      this.entries.clear();
      this.generation = g;
    }
    const k = `${g}\u0000${key}`;
    let hit = this.entries.get(k);
    if (hit) {
      // Map order is insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit;
    }
    // The promise is cached, so concurrent first requests compute once; a failure is not kept.
    hit = compute();
    this.entries.set(k, hit);
    hit.catch(() => { if (this.entries.get(k) === hit) this.entries.delete(k); });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return hit;
  }

  get size(): number { return this.entries.size; }
}

/** A cache key for a route and its (validated) parameters, independent of their order. */
export function keyOf(route: string, params: Record<string, unknown>): string {
  return `${route}?${JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]))}`;
}
