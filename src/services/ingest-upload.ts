import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readDocument } from '../ingest/read-document.ts';
import { loadKnowledge } from '../nlp/knowledge/load.ts';
import type { AtlasStore } from '../store/store.ts';
import { ingestDocument, newRun } from './ingest-documents.ts';

/**
 * Ingests one uploaded file. The bytes go through the same readers as files on disk, so the
 * upload is written to a private temp folder under its (sanitized) name first.
 */
export function makeUploadIngest(store: AtlasStore) {
  return async (file: { filename: string; data: Buffer }) => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-upload-'));
    const name = basename(file.filename).replace(/[^\w.\- ]+/g, '_') || 'upload.txt';
    const path = join(dir, name);
    try {
      writeFileSync(path, file.data);
      const doc = await readDocument(path);
      const kb = loadKnowledge();
      const { result, extraction } = await ingestDocument(store, { ...doc, sourcePath: `upload:${name}` }, kb, newRun(kb));
      return {
        ...result,
        title: doc.title,
        counts: extraction && {
          sentences: extraction.sentences.length, entities: extraction.entities.length,
          quantities: extraction.quantities.length, events: extraction.events.length,
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
