import type { DocumentInput, Extraction, RunInfo } from '../../model/document.ts';
import type { PutResult } from '../../model/views.ts';
import type { ReadLimits } from '../../ingest/limits.ts';
import type { ValidatedPut } from '../../store/store.ts';

/** Messages between the main thread (the server's, or `atlas ingest --jobs N`'s) and an extraction worker. */
export type WorkerRequest =
  | { id: number; op: 'read'; name: string; data: Uint8Array }
  | { id: number; op: 'extract'; text: string; referenceDate: string | null }
  | { id: number; op: 'store'; location: string; doc: DocumentInput; extraction: Extraction; run: RunInfo }
  | ({ id: number; op: 'ingest-file' } & IngestFileJob);

/**
 * `atlas ingest --jobs N`: read a file, and unless the store already has its text, extract and
 * validate the put, all in the worker; the writer thread only stores.
 */
export interface IngestFileJob {
  path: string;
  limits: ReadLimits;
  /** The document's identity: its canonical path. */
  sourcePath: string;
  /** `--date`, over the document's metadata and text. */
  publishedDate: string | null;
  /** The content hash the store holds under `sourcePath`: the same text is not extracted again. */
  storedHash: string | null;
  run: RunInfo;
}

export type WorkerResponse =
  | { id: number; ok: true; op: 'read'; doc: DocumentInput }
  | { id: number; ok: true; op: 'extract'; extraction: Extraction; rulesVersion: string }
  | { id: number; ok: true; op: 'store'; result: PutResult }
  | { id: number; ok: true; op: 'ingest-file'; put: ValidatedPut | null }
  | { id: number; ok: false; message: string; invalidInput: boolean };
