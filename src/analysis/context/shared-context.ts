import type { AtlasStore } from '../../store/store.ts';

/**
 * A store that answers `store[SHARED_CONTEXT]` with an object lets every view computed from it at
 * one store generation share one analysis context (entities, links, whole-store fact lists and what
 * is derived from them): after a write, the first view loads the store once and the others reuse it.
 * The object is the cache's key; a store that answers nothing (a CLI run, a reviewed-only request)
 * loads its own context each time.
 */
export const SHARED_CONTEXT = Symbol.for('atlas.sharedContext');

interface Slot<T> { generation: number; value: Promise<T> }
const slots = new WeakMap<object, Slot<unknown>>();

/** `build()` once per generation of the store's shared key; without a key, every call builds. */
export async function sharedPerGeneration<T>(store: AtlasStore, build: () => Promise<T>): Promise<T> {
  if (!sharesContext(store)) return build();
  const key = (store as unknown as Record<symbol, object>)[SHARED_CONTEXT];
  const generation = await store.generation();
  const hit = slots.get(key);
  if (hit && hit.generation === generation) return hit.value as Promise<T>;
  // Only the newest generation is kept: older contexts are garbage once no request holds them.
  const slot: Slot<T> = { generation, value: build() };
  slots.set(key, slot);
  slot.value.catch(() => { if (slots.get(key) === slot) slots.delete(key); });
  return slot.value;
}

/** Whether views computed from this store share their context (a server's store does; a CLI run's does not). */
export function sharesContext(store: AtlasStore): boolean {
  const key = (store as unknown as Record<symbol, unknown>)[SHARED_CONTEXT];
  return typeof key === 'object' && key !== null;
}
