import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DocumentInput } from '../../model/document.ts';
import { InvalidInput } from '../../model/errors.ts';
import { readDocument } from '../../ingest/read-document.ts';
import type { ReadLimits } from '../../ingest/limits.ts';
import { displayPath } from '../../ingest/display-path.ts';
import type { IngestJobData } from './job-payload.ts';

/**
 * Reads a job's bytes through the same readers (and limits) as `atlas ingest` reads a file: they
 * land in a private temp folder under the file's own name (so a title taken from the name is the
 * same), and the document keeps the canonical path it was enqueued with. Messages name that path.
 */
export async function readJobDocument(job: IngestJobData, limits: ReadLimits): Promise<DocumentInput> {
  const bytes = Buffer.from(job.content, 'base64');
  if (bytes.byteLength !== job.size) {
    throw new InvalidInput(`atlas: job for ${displayPath(job.path)} carries ${bytes.byteLength} bytes, expected ${job.size}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-job-'));
  const temp = join(dir, basename(job.path));
  try {
    writeFileSync(temp, bytes);
    try {
      return { ...(await readDocument(temp, limits)), sourcePath: job.path };
    } catch (e) {
      const err = e as Error;
      if (err && typeof err.message === 'string') err.message = err.message.split(displayPath(temp)).join(displayPath(job.path));
      throw err;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
