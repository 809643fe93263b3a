import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFactRef, type FactKind } from '../../src/model/views.ts';
import { ingestPaths } from '../../src/services/ingest-documents.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { buildServer } from '../../src/api/server.ts';
import { FIXTURE_DOCS, REPO_ROOT } from '../helpers/corpus.ts';

// The tester's three findings, through the real pipeline: path spellings, twin files, edits.
const BRIEF = readFileSync(join(FIXTURE_DOCS, 'kyrgyz-defense-brief.md'), 'utf8');
// The edit: one figure changed (4 -> 6 Mi-24s) and a sentence added at the end.
const EDITED = `${BRIEF.replace('4 Mi-24 helicopters', '6 Mi-24 helicopters').trimEnd()}\n\nIn 2016, the Border Service received 12 patrol vehicles.\n`;

async function allRefs(store: AtlasStore, documentId: number) {
  const kinds: [FactKind, { id: number; quote: string }[]][] = [
    ['mention', await store.mentions({ documentId })], ['quantity', await store.quantities({ documentId })],
    ['event', await store.events({ documentId })], ['relation', await store.relations({ documentId })],
    ['claim', await store.claims({ documentId })],
  ];
  return kinds.flatMap(([kind, facts]) => facts.map((f) => ({ kind, id: f.id, quote: f.quote })));
}

describe('re-ingesting: document identity and fact references', () => {
  let dir: string;
  let store: AtlasStore;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-identity-'));
    mkdirSync(join(dir, 'docs'));
    store = await openStore(join(dir, 'atlas.db'));
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores one file once, whether named by a relative or an absolute path', async () => {
    const file = join(dir, 'docs', 'brief.md');
    writeFileSync(file, BRIEF);
    const first = await ingestPaths(store, [relative(process.cwd(), file)]);
    const second = await ingestPaths(store, [file, join(dir, 'docs', '.', '..', 'docs', 'brief.md')]);
    expect(first.documents).toEqual({ added: 1, unchanged: 0, replaced: 0 });
    expect(second.documents).toEqual({ added: 0, unchanged: 1, replaced: 0 });
    expect((await store.stats()).documents).toBe(1);
    expect((await store.listDocuments({ limit: 5, offset: 0 })).items[0]?.sourcePath).toBe(file);
  });

  it('keeps two files with the same text as two documents, each surviving the other\'s edit', async () => {
    const twin = join(dir, 'docs', 'twin.md');
    writeFileSync(twin, BRIEF);
    expect((await ingestPaths(store, [twin])).documents.added).toBe(1);
    const twinDoc = await store.findDocumentBySource(twin);
    const twinFacts = await allRefs(store, twinDoc!.id);
    expect(twinFacts.length).toBeGreaterThan(10);

    writeFileSync(join(dir, 'docs', 'brief.md'), EDITED);
    expect((await ingestPaths(store, [join(dir, 'docs')])).documents).toEqual({ added: 0, unchanged: 1, replaced: 1 });
    expect((await store.getDocument(twinDoc!.id))?.text).toContain('4 Mi-24 helicopters');
    expect(await allRefs(store, twinDoc!.id)).toEqual(twinFacts);
    expect((await store.search('Mi-24', { limit: 10, offset: 0 })).sentences.items.map((h) => h.documentId).sort())
      .toEqual([twinDoc!.id, (await store.findDocumentBySource(join(dir, 'docs', 'brief.md')))!.id].sort());
  });

  it('keeps the references of unchanged facts across an edit, and answers old ones in the API and the CLI', async () => {
    const file = join(dir, 'docs', 'edit-me.md');
    writeFileSync(file, BRIEF);
    await ingestPaths(store, [file]);
    const doc = (await store.findDocumentBySource(file))!;
    const before = await allRefs(store, doc.id);
    const oldMi24 = (await store.quantities({ documentId: doc.id })).find((q) => q.quote.includes('Mi-24'))!;

    writeFileSync(file, EDITED);
    const summary = await ingestPaths(store, [file]);
    expect(summary.documents.replaced).toBe(1);
    const after = await allRefs(store, doc.id);
    const live = new Set(after.map((f) => formatFactRef(f)));
    const kept = before.filter((f) => live.has(formatFactRef(f)));
    expect(summary.references.kept).toBe(kept.length);
    expect(summary.references.kept + summary.references.removed).toBe(before.length);
    // Only facts near the two edits lose their reference; the edit touches two places in ~10 sentences.
    expect(kept.length).toBeGreaterThanOrEqual(before.length - 6);
    expect((await store.findDocumentBySource(file))).toMatchObject({ id: doc.id, version: 2 });
    if (process.env.ATLAS_MEASURE) console.log(`references kept: ${kept.length} of ${before.length}; redirected ${summary.references.redirected}`);

    // The changed figure's old reference: gone, with the figure at its place as successor.
    const removed = await store.removedFact({ kind: 'quantity', id: oldMi24.id });
    const newMi24 = (await store.quantities({ documentId: doc.id })).find((q) => q.quote.includes('Mi-24'))!;
    expect(removed).toMatchObject({ removedInVersion: 2, successor: { kind: 'quantity', id: newMi24.id } });
    const oldRef = `q${oldMi24.id}`;
    const newRef = `q${newMi24.id}`;

    // The API: 308 to the successor (fetch follows it), with a problem+json body saying why.
    const app = await buildServer({ store, token: 'test-token-0123456789abcdef', webRoot: join(dir, 'no-web') });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const manual = await fetch(`${base}/api/facts/${oldRef}`, { redirect: 'manual' });
      expect(manual.status).toBe(308);
      expect(manual.headers.get('location')).toBe(newRef);
      expect(manual.headers.get('content-type')).toContain('application/problem+json');
      expect(await manual.json()).toMatchObject({
        status: 308, ref: oldRef, removedInVersion: 2, successor: newRef, detail: expect.stringMatching(/removed in version 2 of/),
      });
      const followed = await fetch(`${base}/api/facts/${oldRef}`);
      expect(followed.status).toBe(200);
      expect((await followed.json()).ref).toBe(newRef);
      const still = await (await fetch(`${base}/api/facts/${formatFactRef(kept[0]!)}`)).json();
      expect(still.fact.fact.quote).toBe(kept[0]!.quote);
    } finally {
      await app.close();
    }

    // The CLI says what happened and shows the successor.
    const bin = join(REPO_ROOT, 'bin', 'atlas.mjs');
    const cli = spawnSync(process.execPath, [bin, 'explain', oldRef, '--db', join(dir, 'atlas.db')], { encoding: 'utf8', env: { ...process.env, ATLAS_DB: undefined } });
    expect(cli.status).toBe(0);
    expect(cli.stderr).toMatch(new RegExp(`${oldRef} was removed in version 2 of .* succeeded by ${newRef}`));
    expect(cli.stdout).toContain(`${newRef}  quantity`);
  });
});
