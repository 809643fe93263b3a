import type { Kysely } from 'kysely';
import type { RunInfo } from '../../../model/document.ts';
import type { PutResult } from '../../../model/views.ts';
import type { ValidatedPut } from '../../store.ts';
import { bumpGeneration } from './generation.ts';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { insertFacts } from './insert-facts.ts';
import { reanchorReviews } from '../review/reanchor.ts';
import { clearVersion, planVersion, recordRemoved, type VersionPlan } from './new-version.ts';
import { deleteDocumentRows, entitiesOfDocument, removeOrphanEntities } from './remove-document.ts';
import { resolveEntities } from './resolve-entities.ts';
import { refreshEntityNames } from '../entity-names.ts';
import { validatePut } from './validate-put.ts';
import { insertRows } from './insert-rows.ts';
import { rawRows } from './raw-sql.ts';

async function runId(db: Kysely<AtlasDb>, dialect: StoreDialect, run: RunInfo): Promise<number> {
  const values = [run.extractorVersion, run.rulesVersion, run.startedAt];
  const [found] = await rawRows<{ id: number }>(db, dialect, 'SELECT id FROM runs WHERE extractor_version = ? AND rules_version = ? AND started_at = ?', values);
  if (found) return found.id;
  const [made] = await insertRows<{ id: number }>(db, dialect, 'runs', ['extractor_version', 'rules_version', 'started_at'], [values], 'RETURNING "id"');
  return made!.id;
}

const DOCUMENT_COLUMNS = ['content_hash', 'title', 'format', 'byte_size', 'published_date', 'ingested_at', 'text', 'run_id', 'published_rule', 'page_spans'] as const;

/** See AtlasStore.putDocument: one transaction; a failure anywhere leaves the store as it was. */
export async function putDocument(db: Kysely<AtlasDb>, dialect: StoreDialect, docIn: unknown, extractionIn: unknown, runIn: unknown): Promise<PutResult> {
  return putValidated(db, dialect, validatePut(docIn, extractionIn, runIn));
}

/** See AtlasStore.putValidated. */
export async function putValidated(db: Kysely<AtlasDb>, dialect: StoreDialect, { doc, extraction, run }: ValidatedPut): Promise<PutResult> {
  return dialect.inWriteTransaction(db, async (trx) => {
    const [current] = await rawRows<{ id: number; content_hash: string; version: number }>(trx, dialect,
      'SELECT id, content_hash, version FROM documents WHERE source_path = ?', [doc.sourcePath]);
    if (current && current.content_hash === doc.contentHash) {
      return { documentId: current.id, status: 'unchanged', replacedDocumentId: null, version: current.version, references: null };
    }
    await bumpGeneration(trx);

    const run_id = await runId(trx, dialect, run);
    const ingested_at = new Date().toISOString();
    const fields = {
      content_hash: doc.contentHash, title: doc.title, format: doc.format, byte_size: doc.byteSize,
      published_date: doc.publishedDate, ingested_at, text: doc.text, run_id,
      published_rule: doc.publishedDate ? extraction.meta?.publishedRule ?? 'given' : null,
      page_spans: JSON.stringify(extraction.meta?.pageSpans ?? []),
    };
    let documentId: number;
    let version = 1;
    let plan: VersionPlan | null = null;
    let touched: number[] = [];
    if (current) {
      // A new version of the same document: same id; facts matched to the previous ones keep theirs.
      documentId = current.id;
      version = current.version + 1;
      plan = await planVersion(trx, documentId, doc.text, extraction);
      touched = await entitiesOfDocument(trx, documentId);
      await clearVersion(trx, dialect.text, documentId);
      await trx.updateTable('documents').set({ ...fields, version }).where('id', '=', documentId).execute();
    } else {
      const [made] = await insertRows<{ id: number }>(trx, dialect, 'documents', [...DOCUMENT_COLUMNS, 'source_path'],
        [[...DOCUMENT_COLUMNS.map((c) => fields[c]), doc.sourcePath]], 'RETURNING "id"');
      documentId = made!.id;
    }
    await insertRows(trx, dialect, 'document_versions', ['document_id', 'version', 'content_hash', 'title', 'byte_size', 'ingested_at', 'run_id'],
      [[documentId, version, doc.contentHash, doc.title, doc.byteSize, ingested_at, run_id]]);

    let unaliased: number[] = [];
    if (current) {
      // The previous version's aliases go with it; the new version adds back those it still has.
      unaliased = (await trx.selectFrom('aliases').select('entity_id').where('document_id', '=', documentId).execute()).map((r) => r.entity_id);
      await trx.deleteFrom('aliases').where('document_id', '=', documentId).execute();
    }
    const entityIds = await resolveEntities(trx, dialect, extraction.entities, documentId);
    await insertFacts(trx, dialect, { text: doc.text, documentId, runId: run_id, entityIds }, extraction, plan?.ids);
    if (plan) await recordRemoved(trx, documentId, version, extraction, plan);
    // Analysts' decisions follow the text into the new version (or are listed as orphaned).
    if (plan) await reanchorReviews(trx, documentId, version);
    // Only after the new facts are in: entities the new version still mentions keep their ids.
    // Extraction entities nothing points at are not kept either.
    const removed = new Set(await removeOrphanEntities(trx, dialect, [...new Set([...touched, ...entityIds.values()])]));
    await refreshEntityNames(trx, dialect, unaliased.filter((id) => !removed.has(id)));

    return plan
      ? { documentId, status: 'replaced', replacedDocumentId: documentId, version, references: plan.counts }
      : { documentId, status: 'added', replacedDocumentId: null, version, references: null };
  });
}

/** Deletes one document, its facts, and the entities only it mentioned. */
export async function deleteDocument(db: Kysely<AtlasDb>, dialect: StoreDialect, id: number): Promise<boolean> {
  return dialect.inWriteTransaction(db, async (trx) => {
    const found = await trx.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) return false;
    await bumpGeneration(trx);
    const touched = await entitiesOfDocument(trx, id);
    await deleteDocumentRows(trx, dialect.text, id);
    await removeOrphanEntities(trx, dialect, touched);
    return true;
  });
}
