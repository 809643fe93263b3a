import type { DocumentInput, Extraction, RunInfo } from '../../model/document.ts';
import type { PutResult } from '../../model/views.ts';
import type { ReadLimits } from '../../ingest/limits.ts';

/** Messages between the main thread (the server's, or `atlas ingest --jobs N`'s) and an extraction worker. */
export type WorkerRequest =
  | { id: number; op: 'read'; name: string; data: Uint8Array }
  | { id: number; op: 'read-file'; path: string; limits: ReadLimits }
  | { id: number; op: 'extract'; text: string; referenceDate: string | null }
  | { id: number; op: 'store'; location: string; doc: DocumentInput; extraction: Extraction; run: RunInfo };

export type WorkerResponse =
  | { id: number; ok: true; op: 'read'; doc: DocumentInput }
  | { id: number; ok: true; op: 'extract'; extraction: Extraction; rulesVersion: string }
  | { id: number; ok: true; op: 'store'; result: PutResult }
  | { id: number; ok: false; message: string; invalidInput: boolean };
