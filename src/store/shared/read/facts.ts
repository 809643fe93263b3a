import type { Kysely } from 'kysely';
import type { Qualifier } from '../../../model/facts.ts';
import type { StoredClaim, StoredMention, StoredQuantity } from '../../../model/views.ts';
import type { FactFilter } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import { requireRef, toDate, toEvidence, toRef } from './rows.ts';

/** Readers of mentions, quantities and claims (events and relations have their own files). */

export type ById = { id?: number; ids?: readonly number[] };

export async function mentions(db: Kysely<AtlasDb>, f: FactFilter & ById): Promise<StoredMention[]> {
  let q = db.selectFrom('mentions as f').innerJoin('entities as en', 'en.id', 'f.entity_id')
    .selectAll('f').select(['en.name as entity_name', 'en.type as entity_type']);
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.ids !== undefined) q = q.where('f.id', 'in', f.ids);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  if (f.entityId !== undefined) q = q.where('f.entity_id', '=', f.entityId);
  // A mention's kind is the type of the entity it names.
  if (f.kind !== undefined) q = q.where('en.type', '=', f.kind);
  q = q.orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({ ...toEvidence(r), entity: requireRef(r.entity_id, r.entity_name, r.entity_type) }));
}

export async function quantities(db: Kysely<AtlasDb>, f: FactFilter & ById): Promise<StoredQuantity[]> {
  let q = db.selectFrom('quantities as f')
    .leftJoin('entities as se', 'se.id', 'f.subject_entity_id')
    .leftJoin('entities as he', 'he.id', 'f.holder_entity_id')
    .selectAll('f')
    .select(['se.name as subject_name', 'se.type as subject_type', 'he.name as holder_name', 'he.type as holder_type']);
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  if (f.entityId !== undefined) {
    const id = f.entityId;
    // Two indexed lookups, not one OR: SQLite answered the OR by reading every figure of the store.
    q = q.where('f.id', 'in', (eb) => eb.selectFrom('quantities as s').select('s.id').where('s.subject_entity_id', '=', id)
      .union(eb.selectFrom('quantities as h').select('h.id').where('h.holder_entity_id', '=', id)));
  }
  if (f.kind !== undefined) q = q.where('f.kind', '=', f.kind);
  q = q.orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...toEvidence(r),
    value: r.value, low: r.low, high: r.high, qualifier: r.qualifier as Qualifier, kind: r.kind, unit: r.unit,
    subject: r.subject, subjectEntity: toRef(r.subject_entity_id, r.subject_name, r.subject_type),
    holder: r.holder, holderEntity: toRef(r.holder_entity_id, r.holder_name, r.holder_type),
    date: toDate(r.date_start, r.date_end, r.date_precision),
    status: r.status,
  }));
}

export async function claims(db: Kysely<AtlasDb>, f: FactFilter & ById): Promise<StoredClaim[]> {
  let q = db.selectFrom('claims as f').leftJoin('entities as se', 'se.id', 'f.source_entity_id')
    .selectAll('f').select(['se.name as source_name', 'se.type as source_type']);
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  if (f.entityId !== undefined) q = q.where('f.source_entity_id', '=', f.entityId);
  if (f.kind !== undefined) q = q.where('f.kind', '=', f.kind);
  q = q.orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...toEvidence(r),
    kind: r.kind as StoredClaim['kind'],
    source: toRef(r.source_entity_id, r.source_name, r.source_type),
    text: r.text,
    date: toDate(r.date_start, r.date_end, r.date_precision),
  }));
}
