import type { AtlasStore } from '../../store/store.ts';

/**
 * A store that answers `store[SHARED_CONTEXT]` with an object lets every view computed from it at
 * one store generation share one analysis context (entities, links, whole-store fact lists and what
 * is derived from them): after a write, the first view loads the store once and the others reuse it.
 * The object is the cache's key; a store that answers nothing (a CLI run, a reviewed-only request)
 * loads its own context each time.
 */
export const SHARED_CONTEXT = Symbol.for('atlas.sharedContext');

interface Slot<T> { generation: number; value: Promise<T> | null; done: T | null }
const slots = new WeakMap<object, Slot<unknown>>();

/**
 * `build(previous)` once per generation of the store's shared key, given the last value built for
 * an earlier generation (to start from); without a key every call builds from nothing.
 */
export async function sharedPerGeneration<T>(store: AtlasStore, build: (previous: T | null) => Promise<T>): Promise<T> {
  if (!sharesContext(store)) return build(null);
  const key = (store as unknown as Record<symbol, object>)[SHARED_CONTEXT];
  const generation = await store.generation();
  const hit = slots.get(key) as Slot<T> | undefined;
  if (hit?.value && hit.generation === generation) return hit.value;
  // Only the newest generation is kept; an older build still running is awaited as the start.
  const start = async () => hit?.done ?? (hit?.value ? await hit.value.catch(() => null) : null);
  const slot: Slot<T> = { generation, value: null, done: null };
  slot.value = start().then((previous) => build(previous));
  slots.set(key, slot);
  slot.value.then((v) => { slot.done = v; }, () => {
    // A failed build is forgotten; the last good value stays the next build's start.
    if (slots.get(key) === slot) slots.set(key, { generation: -1, value: null, done: hit?.done ?? null });
  });
  return slot.value;
}

/** Whether views computed from this store share their context (a server's store does; a CLI run's does not). */
export function sharesContext(store: AtlasStore): boolean {
  const key = (store as unknown as Record<symbol, unknown>)[SHARED_CONTEXT];
  return typeof key === 'object' && key !== null;
}
