import { realpath } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { DocumentInput, Extraction, RunInfo } from '../model/document.ts';
import { withStatedDate } from './stated-date.ts';
import type { ReferenceCounts } from '../model/identity.ts';
import type { PutResult } from '../model/views.ts';
import { collectFiles } from '../ingest/collect-files.ts';
import { DEFAULT_LIMITS, type ReadLimits } from '../ingest/limits.ts';
import { readDocument } from '../ingest/read-document.ts';
import type { Knowledge } from '../nlp/knowledge/knowledge.ts';
import { loadKnowledge } from '../nlp/knowledge/load.ts';
import { EXTRACTOR_VERSION, extract } from '../nlp/pipeline.ts';
import type { AtlasStore } from '../store/store.ts';
import { prepareInWorkers } from './ingest-in-workers.ts';

export interface IngestSummary {
  documents: { added: number; unchanged: number; replaced: number };
  sentences: number;
  entities: number;
  mentions: number;
  quantities: number;
  events: number;
  /** Over the replaced documents: what became of their previous versions' fact references. */
  references: ReferenceCounts;
  failures: { path: string; error: string }[];
  skipped: { path: string; reason: string }[];
}

export interface IngestHooks {
  /** Called once the file list is known. */
  onStart?(total: number): void;
  /** Called after each file, whether it landed or failed. */
  onFile?(path: string, outcome: PutResult | { error: string }): void;
}

export function newRun(kb: Knowledge, now: Date = new Date()): RunInfo {
  return { extractorVersion: EXTRACTOR_VERSION, rulesVersion: kb.version, startedAt: now.toISOString() };
}

/**
 * Extracts and stores one read document (one store transaction). `doc.sourcePath` is the
 * document's identity: the same text under it again is a no-op, without extracting.
 */
export async function ingestDocument(store: AtlasStore, doc: DocumentInput, kb: Knowledge, run: RunInfo) {
  const existing = await store.findDocumentBySource(doc.sourcePath);
  if (existing && existing.contentHash === doc.contentHash) {
    const result: PutResult = { documentId: existing.id, status: 'unchanged', replacedDocumentId: null, version: existing.version, references: null };
    return { result, extraction: null };
  }
  const extraction = extract(doc.text, kb, { referenceDate: doc.publishedDate });
  const result = await store.putDocument(withStatedDate(doc, extraction), extraction, run);
  return { result, extraction };
}

export interface IngestOptions {
  /** Threads that read and extract (1: all on this thread; more: worker threads, this one stores). */
  jobs?: number;
  /** `--date`: when the documents were published, over what their metadata or text says. */
  publishedDate?: string | null;
}

/** The default number of extraction threads: one per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * A file's identity: its real path (links resolved, absolute), so `docs/a.txt`, `./docs/a.txt`
 * and `/home/me/docs/a.txt` are one document. A document stored before paths were canonical,
 * under the spelling given now, moves to the canonical path rather than being stored twice.
 */
export async function canonicalSource(store: AtlasStore, path: string): Promise<string> {
  const canonical = await realpath(path);
  if (canonical !== path && !(await store.findDocumentBySource(canonical))) {
    const legacy = await store.findDocumentBySource(path);
    if (legacy) await store.moveDocument(legacy.id, canonical);
  }
  return canonical;
}

/**
 * Reads, extracts and stores every supported file under `paths`. A file that fails is reported
 * and skipped; the others land (one transaction per document keeps the store consistent).
 * `limits` bound what each file may cost to read (a file past one fails with a message naming it).
 * With `jobs` above 1, worker threads read and extract while this thread stores, in input order:
 * the store is the same as with one job.
 */
export async function ingestPaths(
  store: AtlasStore, paths: string[], hooks: IngestHooks = {}, limits: ReadLimits = DEFAULT_LIMITS, opts: IngestOptions = {},
): Promise<IngestSummary> {
  const kb = loadKnowledge();
  const run = newRun(kb);
  const { files, skipped } = await collectFiles(paths);
  const summary: IngestSummary = {
    documents: { added: 0, unchanged: 0, replaced: 0 },
    sentences: 0, entities: 0, mentions: 0, quantities: 0, events: 0,
    references: { kept: 0, removed: 0, redirected: 0, restored: 0 },
    failures: [], skipped,
  };
  hooks.onStart?.(files.length);
  const landed = (path: string, result: PutResult, extraction: Extraction | null) => {
    summary.documents[result.status]++;
    for (const k of ['kept', 'removed', 'redirected', 'restored'] as const) summary.references[k] += result.references?.[k] ?? 0;
    if (extraction) {
      summary.sentences += extraction.sentences.length;
      summary.entities += extraction.entities.length;
      summary.mentions += extraction.mentions.length;
      summary.quantities += extraction.quantities.length;
      summary.events += extraction.events.length;
    }
    hooks.onFile?.(path, result);
  };
  const failed = (path: string, e: unknown) => {
    const error = ((e as Error)?.message ?? String(e)).replace(/^atlas: /, '');
    summary.failures.push({ path, error });
    hooks.onFile?.(path, { error });
  };

  // A document is its file's real path; `--date` says when it was published, over its metadata or text.
  const identified = async (path: string, read: DocumentInput): Promise<DocumentInput> => {
    const doc = { ...read, sourcePath: await canonicalSource(store, path) };
    return opts.publishedDate ? { ...doc, publishedDate: opts.publishedDate } : doc;
  };

  const jobs = Math.min(opts.jobs ?? 1, files.length);
  if (jobs <= 1) {
    for (const path of files) {
      try {
        const doc = await identified(path, await readDocument(path, limits));
        const { result, extraction } = await ingestDocument(store, doc, kb, run);
        landed(path, result, extraction);
      } catch (e) {
        failed(path, e);
      }
    }
    return summary;
  }

  await prepareInWorkers(files, {
    jobs, limits, run, publishedDate: opts.publishedDate ?? null,
    identify: async (path) => {
      const sourcePath = await canonicalSource(store, path);
      return { sourcePath, stored: await store.findDocumentBySource(sourcePath) };
    },
  }, async (i, prepared) => {
    const path = files[i];
    if ('error' in prepared) return failed(path, prepared.error);
    try {
      const result = prepared.unchanged ?? await store.putValidated(prepared.put);
      landed(path, result, result.status === 'unchanged' ? null : prepared.put?.extraction ?? null);
    } catch (e) {
      failed(path, e);
    }
  });
  return summary;
}
