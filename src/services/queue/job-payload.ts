import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The pg-boss queue every atlas process shares (in the pg-boss schema of the store's database). */
export const INGEST_QUEUE = 'atlas-ingest';

/**
 * One document version to ingest. The file's bytes travel in the job, so a worker on another
 * machine needs no shared file system; `path` is the canonical (real, absolute) path on the
 * machine that enqueued it, which becomes the document's source path in the store.
 */
export const IngestJobData = z.object({
  path: z.string().min(1),
  /** sha256 hex of the file's bytes: with `path`, what makes a document version. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  /** The file's bytes, base64. */
  content: z.string(),
});
export type IngestJobData = z.infer<typeof IngestJobData>;

/** What a finished job records as its output. */
export interface IngestJobOutput {
  status: 'added' | 'unchanged' | 'replaced';
  documentId: number;
  /** host:pid of the worker that stored it. */
  worker: string;
  ms: number;
}

/**
 * The job id of one document version: a UUID made from sha256(path, content hash), so enqueueing
 * the same version twice names the same job and pg-boss's insert skips the second one.
 */
export function jobIdFor(path: string, sha256: string): string {
  const h = createHash('sha256').update(`atlas-ingest\0${path}\0${sha256}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50; // version 5 style: name-based
  h[8] = (h[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
