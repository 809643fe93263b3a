import type { Kysely } from 'kysely';
import type { LinkEndKind, StoredLink } from '../../../model/links.ts';
import type { LinkFilter } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import type { ById } from './facts.ts';
import { toEvidence } from './rows.ts';

/** Links between facts, by document and type (`type`, or `kind` as its synonym). */
export async function links(db: Kysely<AtlasDb>, f: LinkFilter & ById): Promise<StoredLink[]> {
  let q = db.selectFrom('fact_links as f').selectAll('f');
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  const type = f.type ?? f.kind;
  if (type !== undefined) q = q.where('f.type', '=', type);
  q = q.orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  return rows.map((r) => ({
    ...toEvidence(r),
    type: r.type,
    from: { kind: r.from_kind as LinkEndKind, id: r.from_id },
    to: r.to_kind !== null && r.to_id !== null ? { kind: r.to_kind as LinkEndKind, id: r.to_id } : null,
    value: r.value,
    number: r.number,
  }));
}
