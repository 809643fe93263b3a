import type { Kysely } from 'kysely';
import type { RunInfo } from '../../../model/document.ts';
import type { PutResult } from '../../../model/views.ts';
import type { AtlasDb } from '../schema.ts';
import type { StoreDialect } from '../store-dialect.ts';
import { insertFacts } from './insert-facts.ts';
import { deleteDocumentRows, entitiesOfDocument, removeOrphanEntities } from './remove-document.ts';
import { resolveEntities } from './resolve-entities.ts';
import { validatePut } from './validate-put.ts';

async function runId(db: Kysely<AtlasDb>, run: RunInfo): Promise<number> {
  const values = { extractor_version: run.extractorVersion, rules_version: run.rulesVersion, started_at: run.startedAt };
  const found = await db.selectFrom('runs').select('id')
    .where('extractor_version', '=', values.extractor_version)
    .where('rules_version', '=', values.rules_version)
    .where('started_at', '=', values.started_at)
    .executeTakeFirst();
  if (found) return found.id;
  return (await db.insertInto('runs').values(values).returning('id').executeTakeFirstOrThrow()).id;
}

/** See AtlasStore.putDocument: one transaction; a failure anywhere leaves the store as it was. */
export async function putDocument(db: Kysely<AtlasDb>, dialect: StoreDialect, docIn: unknown, extractionIn: unknown, runIn: unknown): Promise<PutResult> {
  const { doc, extraction, run } = validatePut(docIn, extractionIn, runIn);
  return dialect.inWriteTransaction(db, async (trx) => {
    const same = await trx.selectFrom('documents').select('id').where('content_hash', '=', doc.contentHash).executeTakeFirst();
    if (same) return { documentId: same.id, status: 'unchanged', replacedDocumentId: null };

    const previous = await trx.selectFrom('documents').select('id').where('source_path', '=', doc.sourcePath).orderBy('id').execute();
    const touched: number[] = [];
    for (const p of previous) {
      for (const id of await entitiesOfDocument(trx, p.id)) touched.push(id); // no spreading: a big document has many
      await deleteDocumentRows(trx, dialect.text, p.id);
    }

    const run_id = await runId(trx, run);
    const inserted = await trx.insertInto('documents')
      .values({
        content_hash: doc.contentHash, source_path: doc.sourcePath, title: doc.title, format: doc.format,
        byte_size: doc.byteSize, published_date: doc.publishedDate, ingested_at: new Date().toISOString(),
        text: doc.text, run_id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entityIds = await resolveEntities(trx, dialect.text, extraction.entities);
    await insertFacts(trx, dialect.text, { text: doc.text, documentId: inserted.id, runId: run_id, entityIds }, extraction);
    // Only after the new facts are in: entities the new version still mentions keep their ids.
    // Extraction entities nothing points at are not kept either.
    await removeOrphanEntities(trx, dialect.text, [...new Set([...touched, ...entityIds.values()])]);

    const replaced = previous.at(-1)?.id ?? null;
    return { documentId: inserted.id, status: replaced === null ? 'added' : 'replaced', replacedDocumentId: replaced };
  });
}

/** Deletes one document, its facts, and the entities only it mentioned. */
export async function deleteDocument(db: Kysely<AtlasDb>, dialect: StoreDialect, id: number): Promise<boolean> {
  return dialect.inWriteTransaction(db, async (trx) => {
    const found = await trx.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) return false;
    const touched = await entitiesOfDocument(trx, id);
    await deleteDocumentRows(trx, dialect.text, id);
    await removeOrphanEntities(trx, dialect.text, touched);
    return true;
  });
}
