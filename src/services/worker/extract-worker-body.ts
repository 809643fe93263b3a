import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../../ingest/read-document.ts';
import { loadKnowledge } from '../../nlp/knowledge/load.ts';
import { extract } from '../../nlp/pipeline.ts';
import { AtlasError } from '../../model/errors.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

/**
 * Runs off the server's event loop: reads uploaded bytes through the same readers as files on disk
 * and extracts facts from a text. Nothing here touches the store; the main thread stores results.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker must run in a worker thread');

port.on('message', async (req: WorkerRequest) => {
  let res: WorkerResponse;
  try {
    if (req.op === 'read') {
      res = { id: req.id, ok: true, op: 'read', doc: await readUpload(req.name, req.data) };
    } else if (req.op === 'read-file') {
      await crashForTest(req.path);
      res = { id: req.id, ok: true, op: 'read', doc: await readDocument(req.path, req.limits) };
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
