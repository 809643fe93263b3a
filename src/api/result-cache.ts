import type { AtlasStore } from '../store/store.ts';

/** A serialized answer; a view's carries its Atlas-Reviewed-Facts value (REVIEWED/FACTS), counted from the object it was serialized from. */
export interface Answer { json: string; reviewed?: string }

interface Entry { value: Promise<Answer>; chars: number }

/**
 * Serialized API answers (views, entity pages) keyed by what was asked and the store's generation:
 * a repeated request costs one indexed read of the generation; any write, in any process, raises
 * the generation, and the next request computes afresh. Entries of older generations are dropped
 * as soon as a newer one is seen. Bounded both ways: at most `maxEntries` answers and `maxChars`
 * characters of JSON (an audit of a large store is tens of MB); the least recently used go first.
 */
export class ResultCache {
  private readonly entries = new Map<string, Entry>();
  private generation = -1;
  private chars = 0;

  constructor(private readonly store: AtlasStore, private readonly maxEntries = 64, private readonly maxChars = 256 * 1024 * 1024) {}

  async get(key: string, compute: () => Promise<Answer>): Promise<Answer> {
    const g = await this.store.generation();
    if (g !== this.generation) {
      this.entries.clear();
      this.chars = 0;
      this.generation = g;
    }
    const k = `${g}\u0000${key}`;
    const hit = this.entries.get(k);
    if (hit) {
      // Map order is insertion order: re-inserting marks the entry most recently used.
      this.entries.delete(k);
      this.entries.set(k, hit);
      return hit.value;
    }
    // The promise is cached, so concurrent first requests compute once; a failure is not kept.
    const entry: Entry = { value: compute(), chars: 0 };
    this.entries.set(k, entry);
    entry.value.then(({ json }) => {
      if (this.entries.get(k) !== entry) return;
      entry.chars = json.length;
      this.chars += json.length;
      this.evict();
    }, () => { if (this.entries.get(k) === entry) this.entries.delete(k); });
    this.evict();
    return entry.value;
  }

  /** An answer computed elsewhere (the warm-up worker) at generation `g`; kept only if `g` is still current. */
  async seed(key: string, g: number, answer: Answer): Promise<void> {
    if (g !== await this.store.generation()) return;
    if (g !== this.generation) {
      this.entries.clear();
      this.chars = 0;
      this.generation = g;
    }
    const k = `${g}\u0000${key}`;
    if (this.entries.has(k)) return;
    this.entries.set(k, { value: Promise.resolve(answer), chars: answer.json.length });
    this.chars += answer.json.length;
    this.evict();
  }

  private evict(): void {
    for (const [k, e] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.chars <= this.maxChars) return;
      this.entries.delete(k);
      this.chars -= e.chars;
    }
  }

  get size(): number { return this.entries.size; }
}

/** A cache key for a route and its (validated) parameters, independent of their order. */
export function keyOf(route: string, params: Record<string, unknown>): string {
  return `${route}?${JSON.stringify(Object.keys(params).sort().map((k) => [k, params[k]]))}`;
}
