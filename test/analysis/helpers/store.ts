import { openSqliteStore } from '../../../src/store/sqlite/open-sqlite-store.ts';
import type { AtlasStore } from '../../../src/store/store.ts';
import { RUN, type DocBuilder } from './builder.ts';
import { linksForExtraction } from '../../../src/nlp/relations/links-for-extraction.ts';

/** A real SQLite store in memory holding the given documents. */
export async function storeWith(...docs: DocBuilder[]): Promise<AtlasStore> {
  const store = await openSqliteStore(':memory:');
  for (const d of docs) {
    const { doc, extraction } = d.build();
    // Hand-written extractions get the links the pipeline's last step would find in their text.
    await store.putDocument(doc, { ...extraction, links: extraction.links ?? linksForExtraction(doc.text, extraction) }, RUN);
  }
  return store;
}
