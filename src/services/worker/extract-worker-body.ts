import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../../ingest/read-document.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import { extract } from '../../nlp/pipeline.ts';
import { AtlasError } from '../../model/errors.ts';
import { openStore } from '../../store/open-store.ts';
import type { AtlasStore } from '../../store/store.ts';
import type { DocumentInput } from '../../model/document.ts';
import { validatePut } from '../../store/shared/write/validate-put.ts';
import type { ValidatedPut } from '../../store/store.ts';
import { withStatedDate } from '../stated-date.ts';
import type { IngestFileJob, WorkerRequest, WorkerResponse } from './protocol.ts';

/**
 * Runs off the server's event loop: reads uploaded bytes through the same readers as files on disk,
 * extracts facts from a text, and stores a document through its own connection to the store (one
 * transaction, as everywhere), so a large document's writes never hold up the server's requests.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.on('message', async (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    if (req.op === 'read') {
      res = { id: req.id, ok: true, op: 'read', doc: await readUpload(req.name, req.data) };
    } else if (req.op === 'store') {
      const store = await storeAt(req.location);
      res = { id: req.id, ok: true, op: 'store', result: await store.putDocument(req.doc, req.extraction, req.run) };
    } else if (req.op === 'ingest-file') {
      await crashForTest(req.path);
      res = { id: req.id, ok: true, op: 'ingest-file', ...await ingestFile(req) };
    } else {
      const kb = loadKnowledge();
      res = { id: req.id, ok: true, op: 'extract', extraction: extract(req.text, kb, { referenceDate: req.referenceDate }), rulesVersion: kb.version };
    }
  } catch (e) {
    const err = e as Error;
    res = { id: req.id, ok: false, message: err?.message ?? String(e), invalidInput: e instanceof AtlasError && e.status < 500 };
  }
  port.postMessage(res);
});
port.postMessage({ ready: true });

/**
 * Reads a file as `atlas ingest` does on one thread (ingestDocument): the same text under the same
 * source is not extracted again; otherwise the extraction and the put are made and validated here.
 */
async function ingestFile(job: IngestFileJob): Promise<{ put: ValidatedPut | null }> {
  const read = await readDocument(job.path, job.limits);
  const doc: DocumentInput = { ...read, sourcePath: job.sourcePath, ...(job.publishedDate ? { publishedDate: job.publishedDate } : {}) };
  if (doc.contentHash === job.storedHash) return { put: null };
  const extraction = extract(doc.text, loadKnowledge(), { referenceDate: doc.publishedDate });
  return { put: validatePut(withStatedDate(doc, extraction), extraction, job.run) };
}

// One connection per store location for the worker's life (a terminated worker's connection goes with it).
const stores = new Map<string, Promise<AtlasStore>>();
function storeAt(location: string): Promise<AtlasStore> {
  let s = stores.get(location);
  if (!s) {
    s = openStore(location);
    s.catch(() => stores.delete(location));
    stores.set(location, s);
  }
  return s;
}

/**
 * Tests of `atlas ingest --jobs N` need a worker that dies mid-batch: ATLAS_TEST_WORKER_CRASH=NAME
 * makes the worker that is asked to read a file named NAME exit (`exit`) or throw outside any
 * handler (`throw`, as ATLAS_TEST_WORKER_CRASH_MODE). Unset, this does nothing.
 */
async function crashForTest(path: string): Promise<void> {
  const name = process.env.ATLAS_TEST_WORKER_CRASH;
  if (!name || basename(path) !== name) return;
  if (process.env.ATLAS_TEST_WORKER_CRASH_MODE !== 'throw') process.exit(70);
  setImmediate(() => { throw new Error(`test crash reading ${name}`); });
  await new Promise(() => undefined); // never answers: the uncaught error ends the thread
}

/** The readers take a path: the bytes land in a private temp folder, which never shows in a message. */
async function readUpload(name: string, data: Uint8Array) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-upload-'));
  const path = join(dir, name);
  try {
    writeFileSync(path, data);
    try {
      const doc = await readDocument(path);
      return { ...doc, sourcePath: name };
    } catch (e) {
      const err = e as Error;
      if (err && typeof err.message === 'string') err.message = err.message.split(path).join(name).split(dir).join('');
      throw err;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
