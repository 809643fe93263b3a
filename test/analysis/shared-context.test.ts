import { describe, expect, it } from 'vitest';
import { SHARED_CONTEXT, sharedPerGeneration } from '../../src/analysis/context/shared-context.ts';
import type { AtlasStore } from '../../src/store/store.ts';

function fakeStore(shared: boolean) {
  let generation = 1;
  const key = {};
  const store = { generation: async () => generation, ...(shared ? { [SHARED_CONTEXT]: key } : {}) } as unknown as AtlasStore;
  return { store, write: () => { generation++; } };
}

describe('shared analysis context', () => {
  it('is built once per store generation when the store shares it', async () => {
    const { store, write } = fakeStore(true);
    let builds = 0;
    const build = async () => ++builds;
    expect(await Promise.all([sharedPerGeneration(store, build), sharedPerGeneration(store, build)])).toEqual([1, 1]);
    write();
    expect(await sharedPerGeneration(store, build)).toBe(2);
    expect(await sharedPerGeneration(store, build)).toBe(2);
  });

  it('is built for every call when the store does not share it', async () => {
    const { store } = fakeStore(false);
    let builds = 0;
    await sharedPerGeneration(store, async () => ++builds);
    await sharedPerGeneration(store, async () => ++builds);
    expect(builds).toBe(2);
  });

  it('forgets a failed build', async () => {
    const { store } = fakeStore(true);
    await expect(sharedPerGeneration(store, async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    expect(await sharedPerGeneration(store, async () => 'ok')).toBe('ok');
  });
});
