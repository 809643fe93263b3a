import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Migration } from '../../src/store/shared/migrations/migration.ts';
import { runMigrations } from '../../src/store/shared/migrations/run-migrations.ts';
import type { StoreDialect } from '../../src/store/shared/store-dialect.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { extractionA2, extractionB, makeDoc, RUN, TEXT_A, TEXT_A2, TEXT_B } from './fixtures.ts';

/** Writes two documents with a sentence and a mention each, as the schema of version 1 stores them. */
async function writeVersion1Rows(db: Kysely<any>): Promise<number[]> {
  const run = await db.insertInto('runs').values({ extractor_version: 'old', rules_version: 'old', started_at: '2020-01-01T00:00:00Z' })
    .returning('id').executeTakeFirstOrThrow();
  const entity = await db.insertInto('entities').values({ key: 'x:ORG:nto', type: 'ORG', name: 'NTO', name_folded: 'nto', attributes: '{}', source: 'extracted' })
    .returning('id').executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [path, text] of [['a.txt', TEXT_A], ['b.txt', TEXT_B]] as const) {
    const d = makeDoc(path, path, text);
    const doc = await db.insertInto('documents').values({
      content_hash: d.contentHash, source_path: path, title: path, format: 'txt', byte_size: d.byteSize,
      published_date: null, ingested_at: '2020-01-01T00:00:00Z', text, run_id: run.id,
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('sentences').values({ document_id: doc.id, idx: 0, start: 0, end: 10 }).execute();
    const at = text.indexOf('NTO');
    await db.insertInto('mentions').values({
      document_id: doc.id, sentence: 0, start: at, end: at + 3, quote: 'NTO', prefix: '', suffix: '', rule: 'org.acronym',
      confidence: 0.9, run_id: run.id, entity_id: entity.id,
    }).execute();
    ids.push(doc.id);
  }
  return ids;
}

/**
 * A database at schema version 1 with documents in it, opened by this atlas: migration 2 keeps
 * every document and fact (rebuilding `documents` must not cascade to its children), makes each
 * document its own version 1, and the store then versions documents by path with foreign keys
 * enforced again.
 */
export async function expectUpgradeFromVersion1(db: Kysely<any>, dialect: StoreDialect, initial: Migration, open: () => Promise<AtlasStore>): Promise<void> {
  await runMigrations(db, dialect, [initial]);
  const [a, b] = await writeVersion1Rows(db);
  await db.destroy();

  const store = await open();
  try {
    expect(await store.stats()).toMatchObject({ documents: 2, sentences: 2, mentions: 2, entities: 1 });
    expect(await store.getDocument(a!)).toMatchObject({ version: 1, sourcePath: 'a.txt', text: TEXT_A });
    expect(await store.documentVersions(a!)).toMatchObject([{ version: 1, title: 'a.txt' }]);

    const v2 = await store.putDocument(makeDoc('a.txt', 'A v2', TEXT_A2), extractionA2(), RUN);
    expect(v2).toMatchObject({ documentId: a, status: 'replaced', version: 2 });
    // Content is no longer unique: the same text under another path is a document of its own.
    expect((await store.putDocument(makeDoc('b-copy.txt', 'B copy', TEXT_B), extractionB(), RUN)).status).toBe('added');
    // Deleting cascades to the facts again.
    await store.deleteDocument(b!);
    expect(await store.mentions({ documentId: b! })).toEqual([]);
    expect((await store.stats()).documents).toBe(2);
    // A new document never takes an id an old one had.
    const c = await store.putDocument(makeDoc('c.txt', 'C', TEXT_B.replace('2019', '2020')), { ...extractionB(), mentions: [], events: [] }, RUN);
    expect(c.documentId).toBeGreaterThan(b! + 1);
  } finally {
    await store.close();
  }
}
