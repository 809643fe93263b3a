import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';

describe('real pages of bench/real, ingested as a user would', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-real-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stores every page, and every stored quote reads the page text at its offsets', async () => {
    const store = await openStore(join(dir, 'atlas.db'));
    try {
      const summary = await ingestPaths(store, [join(REPO_ROOT, 'bench/real/train/corpus'), join(REPO_ROOT, 'bench/real/test/corpus')]);
      expect(summary.failures).toEqual([]);
      const docs = (await store.listDocuments({ limit: 1000, offset: 0 })).items;
      expect(docs.length).toBeGreaterThanOrEqual(60);
      expect(docs.filter((d) => d.publishedDate).length).toBeGreaterThan(10);
      const bad: string[] = [];
      for (const d of docs) {
        const text = (await store.getDocument(d.id))!.text;
        for (const f of [...await store.quantities({ documentId: d.id, limit: 100_000 }), ...await store.events({ documentId: d.id, limit: 100_000 })]) {
          if (text.slice(f.start, f.end) !== f.quote) bad.push(`${d.id}: ${f.quote}`);
        }
      }
      expect(bad).toEqual([]);
    } finally {
      await store.close();
    }
  }, 120_000);
});
