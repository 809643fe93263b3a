import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../../../src/services/ingest-documents.ts';
import { openStore } from '../../../src/store/open-store.ts';
import type { AtlasStore } from '../../../src/store/store.ts';

export const VIEW_FIXTURES = fileURLToPath(new URL('../../fixtures/views/', import.meta.url));

/** The documents of one test/fixtures/views/<dir> run through the real pipeline into a temp SQLite file. */
export async function ingestedStore(dirs: string | string[]): Promise<{ store: AtlasStore; close: () => Promise<void> }> {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-views-'));
  const store = await openStore(join(tmp, 'atlas.db'));
  await ingestPaths(store, (Array.isArray(dirs) ? dirs : [dirs]).map((d) => (isAbsolute(d) ? d : join(VIEW_FIXTURES, d))));
  return {
    store,
    close: async () => {
      await store.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
