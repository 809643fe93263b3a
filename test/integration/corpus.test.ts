import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { CORPUS_DIR, corpusFiles } from '../helpers/corpus.ts';

/** Every stored fact's quote must be exactly the document text at its offsets. */
async function offsetMismatches(store: AtlasStore): Promise<string[]> {
  const bad: string[] = [];
  const docs = await store.listDocuments({ limit: 1000, offset: 0 });
  for (const d of docs.items) {
    const doc = await store.getDocument(d.id);
    const text = doc!.text;
    const facts = [
      ...(await store.mentions({ documentId: d.id, limit: 1_000_000 })).map((f) => ['m', f] as const),
      ...(await store.quantities({ documentId: d.id, limit: 1_000_000 })).map((f) => ['q', f] as const),
      ...(await store.events({ documentId: d.id, limit: 1_000_000 })).map((f) => ['e', f] as const),
    ];
    for (const [k, f] of facts) if (text.slice(f.start, f.end) !== f.quote) bad.push(`${k}${f.id}: "${f.quote}"`);
  }
  return bad;
}

describe('the development corpus, end to end', () => {
  let dir: string;
  let store: AtlasStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-it-'));
    store = await openStore(join(dir, 'atlas.db'));
    await ingestPaths(store, [CORPUS_DIR]);
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('yields entities of every type, quantities and dated events', async () => {
    const s = await store.stats();
    expect(s.documents).toBe(corpusFiles().length);
    expect(s.sentences).toBeGreaterThan(100);
    for (const type of ['PERSON', 'ORG', 'PLACE', 'EQUIPMENT', 'PROGRAM']) expect(s.entitiesByType[type] ?? 0).toBeGreaterThan(0);
    expect(s.quantities).toBeGreaterThan(20);
    expect(s.events).toBeGreaterThan(10);
    const events = await store.events({ limit: 1000 });
    expect(events.every((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.date.start))).toBe(true);
  });

  it('shows a well-known organization with its acronym as alias and its mentions with sentences', async () => {
    const [csto] = await store.findEntities('CSTO');
    expect(csto).toBeDefined();
    expect(csto.type).toBe('ORG');
    expect(csto.name).toBe('Collective Security Treaty Organization');
    expect(csto.aliases.map((a) => a.alias)).toContain('CSTO');
    const mentions = await store.mentions({ entityId: csto.id });
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    const sentence = await store.sentence(mentions[0].documentId, mentions[0].sentence);
    expect(sentence!.text).toContain(mentions[0].quote);
  });

  it('stores every mention, quantity and event at offsets whose text equals its quote', async () => {
    expect(await offsetMismatches(store)).toEqual([]);
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const before = await store.stats();
    const again = await ingestPaths(store, [CORPUS_DIR]);
    expect(again.documents).toEqual({ added: 0, unchanged: corpusFiles().length, replaced: 0 });
    expect(await store.stats()).toEqual(before);
  });
});

describe('editing a document and ingesting it again', () => {
  it('replaces exactly that document’s extractions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-edit-'));
    const store = await openStore(join(dir, 'atlas.db'));
    try {
      const source = corpusFiles()[0];
      const work = join(dir, 'docs');
      const copy = join(work, basename(source));
      const other = join(work, 'other.md');
      await import('node:fs').then((fs) => fs.mkdirSync(work));
      copyFileSync(source, copy);
      writeFileSync(other, 'In May 2010, Tajikistan signed a defense agreement with India. The Army numbers about 9,000 troops.\n');
      await ingestPaths(store, [work]);
      const docs = (await store.listDocuments({ limit: 10, offset: 0 })).items;
      const edited = docs.find((d) => d.sourcePath.endsWith(basename(source)))!;
      const otherDoc = docs.find((d) => d.sourcePath.endsWith('other.md'))!;
      const otherFacts = await store.quantities({ documentId: otherDoc.id });
      const oldQuantities = await store.quantities({ documentId: edited.id });

      // The edit adds one figure the original does not state.
      writeFileSync(copy, `${readFileSync(source, 'utf8')}\nIn 2009, the Navy received 7 patrol boats.\n`);
      const result = await ingestPaths(store, [work]);
      expect(result.documents).toEqual({ added: 0, unchanged: 1, replaced: 1 });

      const after = (await store.listDocuments({ limit: 10, offset: 0 })).items;
      expect(after).toHaveLength(2);
      const replaced = after.find((d) => d.sourcePath.endsWith(basename(source)))!;
      // A new version of the same document: same id, and the figures the edit did not touch keep their references.
      expect(replaced).toMatchObject({ id: edited.id, version: 2 });
      const newQuantities = await store.quantities({ documentId: replaced.id });
      expect(newQuantities.length).toBe(oldQuantities.length + 1);
      const liveIds = new Set(newQuantities.map((q) => q.id));
      for (const q of oldQuantities) {
        if (!liveIds.has(q.id)) expect((await store.removedFact({ kind: 'quantity', id: q.id }))?.successor, q.quote).not.toBeNull();
      }
      expect(oldQuantities.filter((q) => liveIds.has(q.id)).length).toBeGreaterThanOrEqual(oldQuantities.length - 1);
      expect(result.references.kept + result.references.removed).toBeGreaterThan(oldQuantities.length);
      expect(newQuantities.some((q) => q.value === 7 && q.quote.includes('7'))).toBe(true);
      // The untouched document keeps its facts, ids and all.
      expect(await store.quantities({ documentId: otherDoc.id })).toEqual(otherFacts);
      expect(await offsetMismatches(store)).toEqual([]);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
