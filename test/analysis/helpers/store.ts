import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../../src/store/store.ts';
import { RUN, type DocBuilder } from './builder.ts';

/** A real SQLite store in memory holding the given documents. */
export async function storeWith(...docs: DocBuilder[]): Promise<AtlasStore> {
  const store = await openSqliteStore(':memory:');
  for (const d of docs) {
    const { doc, extraction } = d.build();
    await store.putDocument(doc, extraction, RUN);
  }
  return store;
}
