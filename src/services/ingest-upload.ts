import { randomBytes } from 'node:crypto';
import type { RunInfo } from '../model/document.ts';
import { InvalidInput } from '../model/errors.ts';
import { formatOf, describeSupported } from '../ingest/formats.ts';
import { EXTRACTOR_VERSION } from '../nlp/pipeline.ts';
import type { AtlasStore } from '../store/store.ts';
import { ExtractPool, type ExtractPoolOptions } from './worker/extract-pool.ts';
import { withStatedDate } from './stated-date.ts';

export interface UploadedFile {
  filename: string;
  data: Buffer | Uint8Array;
}

export interface UploadOutcome {
  /** This upload's own id: its document's source is `upload:ID/NAME`. */
  uploadId: string;
  /** The sanitized file name. */
  filename: string;
  documentId: number;
  /** 'unchanged' when a document with the same text is already stored (nothing was written). */
  status: 'added' | 'unchanged';
  title: string;
  counts: { sentences: number; entities: number; quantities: number; events: number } | null;
}

export const DEFAULT_EXTRACT_TIMEOUT_MS = 60_000;
export const DEFAULT_EXTRACT_MEMORY_MB = 1024;

/**
 * The file name an upload is stored under: the last path segment of what the client sent, without
 * control characters, reserved characters or leading dots, at most 120 characters. A name with
 * nothing left (empty, ".", "..", "../") or without a supported extension is refused.
 */
export function sanitizeUploadName(raw: string | undefined): string {
  const last = (raw ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = last
    .replace(/[\u0000-\u001f\u007f<>:"|?*]+/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .trim();
  if (name.length > 120) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 120 - ext.length) + ext;
  }
  const shown = JSON.stringify((raw ?? '').slice(0, 80));
  if (!name || /^_+$/.test(name)) {
    throw new InvalidInput(`the uploaded file needs a name such as report.txt; got ${shown}`);
  }
  if (!formatOf(name)) {
    throw new InvalidInput(`unsupported file format: ${name} (supported: ${describeSupported()})`);
  }
  return name;
}

export function newUploadId(): string {
  return `${Date.now().toString(36)}-${randomBytes(5).toString('hex')}`;
}

export interface UploadIngest {
  ingest(file: UploadedFile): Promise<UploadOutcome>;
  /** Starts the extraction worker before the first upload. */
  prewarm(): void;
  stats(): { running: number; queued: number };
  close(): Promise<void>;
}

/**
 * Ingests uploads with the reading, extraction and (given the store's location) storing in a worker
 * thread with a deadline and a memory ceiling, in the store's one transaction per document.
 * Every upload is its own document: it never replaces an earlier upload of the same name.
 */
export function makeUploadIngest(store: AtlasStore, opts: Partial<ExtractPoolOptions> & { location?: string } = {}): UploadIngest {
  const pool = new ExtractPool({
    timeoutMs: opts.timeoutMs ?? DEFAULT_EXTRACT_TIMEOUT_MS,
    memoryMb: opts.memoryMb ?? DEFAULT_EXTRACT_MEMORY_MB,
    maxQueued: opts.maxQueued,
  });
  return {
    stats: () => pool.stats,
    prewarm: () => pool.prewarm(),
    close: () => pool.close(),
    async ingest(file) {
      const filename = sanitizeUploadName(file.filename);
      const uploadId = newUploadId();
      const budget = pool.budget();
      const data = new Uint8Array(file.data.buffer, file.data.byteOffset, file.data.byteLength).slice();
      const doc = await pool.read(filename, data, budget);
      const existing = await store.findDocumentByHash(doc.contentHash);
      if (existing) return { uploadId, filename, documentId: existing.id, status: 'unchanged', title: existing.title, counts: null };
      const { extraction, rulesVersion } = await pool.extract(doc.text, doc.publishedDate, budget);
      const run: RunInfo = { extractorVersion: EXTRACTOR_VERSION, rulesVersion, startedAt: new Date().toISOString() };
      const stored = withStatedDate({ ...doc, sourcePath: `upload:${uploadId}/${filename}` }, extraction);
      // With the store's location the worker writes through its own connection and this thread stays free;
      // without it (a store made in-process) this thread writes, after letting waiting requests go first.
      let result;
      if (opts.location) result = await pool.store(opts.location, stored, extraction, run, pool.budget());
      else {
        await new Promise((r) => setImmediate(r));
        result = await store.putDocument(stored, extraction, run);
      }
      return {
        uploadId, filename, documentId: result.documentId,
        // A twin upload that landed while this one was extracting makes this one a no-op.
        status: result.status === 'unchanged' ? 'unchanged' : 'added',
        title: doc.title,
        counts: result.status === 'unchanged' ? null : {
          sentences: extraction.sentences.length, entities: extraction.entities.length,
          quantities: extraction.quantities.length, events: extraction.events.length,
        },
      };
    },
  };
}
