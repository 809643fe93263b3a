import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentInput } from '../../src/model/document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';

const CORPUS = join(import.meta.dirname, '../../../shared/corpus');
const files = (() => {
  try {
    return readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => join(CORPUS, f));
  } catch {
    return [];
  }
})();

describe.skipIf(files.length === 0)('reading the development corpus', () => {
  it.each(files)('%s reads whole, with a sensible title', async (path) => {
    const doc = DocumentInput.parse(await readDocument(path));
    const size = statSync(path).size;
    expect(doc.byteSize).toBe(size);
    // UTF-8 multi-byte characters and dropped furniture make the text a little shorter than the file.
    expect(doc.text.length).toBeGreaterThan(size * 0.9);
    expect(doc.text.length).toBeLessThanOrEqual(size);
    expect(doc.text).toBe(doc.text.normalize('NFC'));
    expect(doc.text).not.toMatch(/\r|\uFEFF|\u00A0|[ \t]\n|\n{3}/);
    expect(doc.title.length).toBeGreaterThan(2);
    expect(doc.title.length).toBeLessThan(150);
    expect(doc.title).not.toMatch(/^share$/i);
    expect(doc.contentHash).toBe((await readDocument(path)).contentHash);
  });
});
