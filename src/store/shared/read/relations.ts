import type { Kysely } from 'kysely';
import type { StoredRelation } from '../../../model/views.ts';
import type { RelationFilter } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import type { ById } from './facts.ts';
import { requireRef, toDate, toEvidence } from './rows.ts';

/** Relations by document, either end's entity, and predicate (`predicate`, or `kind` as its synonym). */
export async function relations(db: Kysely<AtlasDb>, f: RelationFilter & ById): Promise<StoredRelation[]> {
  let q = db.selectFrom('relations as f')
    .innerJoin('entities as se', 'se.id', 'f.subject_id')
    .innerJoin('entities as oe', 'oe.id', 'f.object_id')
    .selectAll('f')
    .select(['se.name as subject_name', 'se.type as subject_type', 'oe.name as object_name', 'oe.type as object_type']);
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  if (f.entityId !== undefined) {
    const id = f.entityId;
    // Two indexed lookups, not one OR (which read every relation of the store).
    q = q.where('f.id', 'in', (eb) => eb.selectFrom('relations as s').select('s.id').where('s.subject_id', '=', id)
      .union(eb.selectFrom('relations as o').select('o.id').where('o.object_id', '=', id)));
  }
  const predicate = f.predicate ?? f.kind;
  if (predicate !== undefined) q = q.where('f.predicate', '=', predicate);
  q = q.orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...toEvidence(r),
    subject: requireRef(r.subject_id, r.subject_name, r.subject_type),
    predicate: r.predicate,
    object: requireRef(r.object_id, r.object_name, r.object_type),
    label: r.label,
    validFrom: toDate(r.valid_from_start, r.valid_from_end, r.valid_from_precision),
  }));
}
