import type { Kysely } from 'kysely';
import type { RemovedFact } from '../../../model/identity.ts';
import type { FactKind, FactRef } from '../../../model/views.ts';
import type { AtlasDb } from '../schema.ts';
import { FACT_TABLES, isAnchoredKind } from '../fact-tables.ts';

// Successors of removed successors are followed this far (each hop is one later version).
const MAX_HOPS = 50;

async function isLive(db: Kysely<AtlasDb>, ref: FactRef): Promise<boolean> {
  if (!isAnchoredKind(ref.kind)) return false;
  return (await db.selectFrom(FACT_TABLES[ref.kind]).select('id').where('id', '=', ref.id).executeTakeFirst()) !== undefined;
}

async function tombstone(db: Kysely<AtlasDb>, ref: FactRef) {
  return db.selectFrom('fact_tombstones as t').innerJoin('documents as d', 'd.id', 't.document_id')
    .select(['t.document_id', 't.removed_in_version', 't.rule', 't.quote', 't.successor_kind', 't.successor_id', 'd.title', 'd.source_path'])
    .where('t.kind', '=', ref.kind).where('t.fact_id', '=', ref.id)
    .executeTakeFirst();
}

/** What became of a fact a later version of its document removed; null when the store never removed it (or its document is gone). */
export async function removedFact(db: Kysely<AtlasDb>, ref: FactRef): Promise<RemovedFact | null> {
  const t = await tombstone(db, ref);
  if (!t) return null;
  let next: FactRef | null = t.successor_kind === null || t.successor_id === null
    ? null : { kind: t.successor_kind as FactKind, id: t.successor_id };
  const seen = new Set<string>();
  for (let hop = 0; next && hop < MAX_HOPS; hop++) {
    if (await isLive(db, next)) break;
    const key = `${next.kind}${next.id}`;
    const later = seen.has(key) ? undefined : await tombstone(db, next);
    seen.add(key);
    next = later && later.successor_kind !== null && later.successor_id !== null
      ? { kind: later.successor_kind as FactKind, id: later.successor_id } : null;
  }
  if (next && !(await isLive(db, next))) next = null;
  return {
    ref, documentId: t.document_id, documentTitle: t.title, sourcePath: t.source_path,
    removedInVersion: t.removed_in_version, rule: t.rule, quote: t.quote, successor: next,
  };
}
