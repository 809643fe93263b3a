import { expect } from 'vitest';
import type { AtlasStore } from '../../src/store/store.ts';
import { extractionA, extractionA2, extractionB, makeDoc, RUN, TEXT_A, TEXT_A2, TEXT_B } from './fixtures.ts';

/** Makes the database itself reject inserting a quantity whose rule is 'boom' ("injected failure"), then lifts that. */
export interface FailureTrap {
  arm(): Promise<void> | void;
  disarm(): Promise<void> | void;
}

/**
 * Puts two documents, then a new version of one that the trap fails after the old version was
 * deleted and the new entities and mentions were written; checks that nothing of it stayed and
 * that the store still works afterwards.
 */
export async function expectFailedPutRolledBack(store: AtlasStore, trap: FailureTrap): Promise<void> {
  await store.putDocument(makeDoc('a.txt', 'Doc A', TEXT_A), extractionA(), RUN);
  await store.putDocument(makeDoc('b.txt', 'Doc B', TEXT_B), extractionB(), RUN);
  const before = { stats: await store.stats(), entities: await store.listEntities({ limit: 1000, offset: 0 }), mentions: await store.mentions({}) };

  await trap.arm();
  const x = extractionA2();
  x.quantities[0] = { ...x.quantities[0]!, rule: 'boom' };
  await expect(store.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), x, RUN)).rejects.toThrow(/injected failure/);
  await trap.disarm();

  expect(await store.stats()).toEqual(before.stats);
  expect(await store.listEntities({ limit: 1000, offset: 0 })).toEqual(before.entities);
  expect(await store.mentions({})).toEqual(before.mentions);
  expect((await store.search('helicopters', { limit: 5, offset: 0 })).sentences.total).toBe(1);
  expect((await store.search('Raven', { limit: 5, offset: 0 })).entities).toEqual([]);
  expect((await store.putDocument(makeDoc('a.txt', 'Doc A v2', TEXT_A2), extractionA2(), RUN)).status).toBe('replaced');
}
