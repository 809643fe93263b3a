import { afterEach, beforeEach, describe } from 'vitest';
import type { AtlasStore } from '../../src/store/store.ts';
import { contractIdentity } from './contract-identity.ts';
import { contractPutAndRead } from './contract-read.ts';
import { contractReplace } from './contract-replace.ts';
import { contractSearch } from './contract-search.ts';
import { contractVersions } from './contract-versions.ts';
import { contractLinks } from './contract-links.ts';
import { contractReviews } from './contract-reviews.ts';
import { contractEntityChanges } from './contract-entity-changes.ts';

export type MakeStore = () => Promise<AtlasStore>;

/** Gives each test a fresh, empty store and closes it afterwards. */
export function useStore(makeStore: MakeStore): () => AtlasStore {
  let store: AtlasStore | null = null;
  beforeEach(async () => { store = await makeStore(); });
  afterEach(async () => { await store?.close(); store = null; });
  return () => {
    if (!store) throw new Error('store not open');
    return store;
  };
}

/**
 * The behaviour every AtlasStore must have, whatever the database. Each implementation runs it
 * with a factory that returns a fresh, empty store.
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`AtlasStore contract: ${name}`, () => {
    contractPutAndRead(makeStore);
    contractIdentity(makeStore);
    contractReplace(makeStore);
    contractSearch(makeStore);
    contractVersions(makeStore);
    contractLinks(makeStore);
    contractReviews(makeStore);
    contractEntityChanges(makeStore);
  });
}
