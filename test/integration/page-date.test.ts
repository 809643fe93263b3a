import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';

describe('a page that states its own date', () => {
  let dir: string;
  let store: AtlasStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-date-'));
    writeFileSync(join(dir, 'report.txt'), 'Share\nBISHKEK, March 14, 2019 – Kyrgyzstan and Russia signed a deal on Wednesday.\n');
    writeFileSync(join(dir, 'dated.md'), '---\ndate: 2001-02-03\n---\nBy A. Author, March 3, 2016\n\nThe army grew.\n');
    store = await openStore(join(dir, 'atlas.db'));
    await ingestPaths(store, [dir]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores the date the text states as the document date, and dates its weekday from it', async () => {
    const docs = (await store.listDocuments({ limit: 10, offset: 0 })).items;
    const report = docs.find((d) => d.sourcePath.endsWith('report.txt'))!;
    expect(report.publishedDate).toBe('2019-03-14');
    expect(report.publishedRule).toBe('meta.dateline');
    const full = await store.getDocument(report.id);
    expect(full!.pageSpans.map((p) => [full!.text.slice(p.start, p.end), p.rule])).toEqual([['Share', 'furniture.line'], ['March 14, 2019', 'meta.dateline']]);
    const events = await store.events({ documentId: report.id, limit: 10 });
    expect(events.map((e) => e.date.start)).toContain('2019-03-13');
  });

  it('keeps the date of the document metadata over one in its text', async () => {
    const docs = (await store.listDocuments({ limit: 10, offset: 0 })).items;
    const dated = docs.find((d) => d.sourcePath.endsWith('dated.md'))!;
    expect(dated.publishedDate).toBe('2001-02-03');
    expect(dated.publishedRule).toBe('given');
  });
});
