import type { Kysely } from 'kysely';
import type { Extraction } from '../../../model/document.ts';
import type { ReferenceCounts } from '../../../model/identity.ts';
import { FACT_TABLES, type AnchoredKind } from '../fact-tables.ts';
import type { AtlasDb } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';
import { anchorAt, planFacts, type IdentifiedAnchor } from './fact-anchors.ts';
import type { FactIds } from './insert-facts.ts';

const KINDS = Object.keys(FACT_TABLES) as AnchoredKind[];
type Removed = { kind: AnchoredKind; fact: IdentifiedAnchor; successor: number | null };

/** What a new version of a document does with the previous version's fact ids. */
export interface VersionPlan {
  ids: FactIds;
  removed: Removed[];
  restored: { kind: AnchoredKind; id: number }[];
  counts: ReferenceCounts;
}

function spansOf(x: Extraction, kind: AnchoredKind) {
  switch (kind) {
    case 'mention': return x.mentions;
    case 'quantity': return x.quantities;
    case 'event': return x.events;
    case 'relation': return x.relations;
    case 'claim': return x.claims;
  }
}

/** Matches the new extraction's facts against the document's current facts and tombstones (read before anything is deleted). */
export async function planVersion(db: Kysely<AtlasDb>, documentId: number, text: string, x: Extraction): Promise<VersionPlan> {
  const ids = {} as FactIds;
  const removed: Removed[] = [];
  const restored: VersionPlan['restored'] = [];
  const counts: ReferenceCounts = { kept: 0, removed: 0, redirected: 0, restored: 0 };
  const tombstones = await db.selectFrom('fact_tombstones')
    .select(['kind', 'fact_id as id', 'rule', 'quote', 'prefix', 'suffix'])
    .where('document_id', '=', documentId).execute();
  for (const kind of KINDS) {
    const previous = await db.selectFrom(FACT_TABLES[kind])
      .select(['id', 'rule', 'quote', 'prefix', 'suffix', 'start'])
      .where('document_id', '=', documentId).execute();
    // A tombstone's position is unknown in the new text; it only ever matches by its whole anchor.
    const dead = tombstones.filter((t) => t.kind === kind).map((t) => ({ ...t, start: 0 }));
    const plan = planFacts(previous, dead, spansOf(x, kind).map((s) => anchorAt(text, s)));
    ids[kind] = plan.ids;
    const revived = new Set(dead.map((t) => t.id));
    for (const id of plan.ids) if (id !== undefined && revived.has(id)) restored.push({ kind, id });
    for (const r of plan.removed) removed.push({ kind, ...r });
    counts.kept += plan.kept;
    counts.restored += plan.restored;
    counts.removed += plan.removed.length;
    counts.redirected += plan.removed.filter((r) => r.successor !== null).length;
  }
  return { ids, removed, restored, counts };
}

/** Deletes a document version's sentences (and their search rows) and facts, keeping the document row. */
export async function clearVersion(db: Kysely<AtlasDb>, text: TextIndex, documentId: number): Promise<void> {
  await text.unindexDocument(db, documentId);
  // Links name the previous version's facts: they go first, and the new version's are derived again.
  await db.deleteFrom('fact_links').where('document_id', '=', documentId).execute();
  for (const kind of KINDS) await db.deleteFrom(FACT_TABLES[kind]).where('document_id', '=', documentId).execute();
  await db.deleteFrom('sentences').where('document_id', '=', documentId).execute();
}

/**
 * Writes the tombstones of the facts this version removed (pointing at their successors, now
 * inserted) and drops those of the facts it restored.
 */
export async function recordRemoved(db: Kysely<AtlasDb>, documentId: number, version: number, x: Extraction, plan: VersionPlan): Promise<void> {
  for (const r of plan.restored) {
    await db.deleteFrom('fact_tombstones').where('kind', '=', r.kind).where('fact_id', '=', r.id).execute();
  }
  const rows = [];
  for (const r of plan.removed) {
    let successorId: number | null = null;
    if (r.successor !== null) {
      successorId = plan.ids[r.kind][r.successor] ?? null;
      if (successorId === null) {
        // A fresh fact: find the id it was given by its place.
        const s = spansOf(x, r.kind)[r.successor]!;
        const found = await db.selectFrom(FACT_TABLES[r.kind]).select('id')
          .where('document_id', '=', documentId).where('start', '=', s.start).where('end', '=', s.end).where('rule', '=', s.rule)
          .orderBy('id').executeTakeFirst();
        successorId = found?.id ?? null;
      }
    }
    rows.push({
      kind: r.kind, fact_id: r.fact.id, document_id: documentId, removed_in_version: version,
      rule: r.fact.rule, quote: r.fact.quote, prefix: r.fact.prefix, suffix: r.fact.suffix,
      successor_kind: successorId === null ? null : r.kind, successor_id: successorId,
    });
  }
  for (let i = 0; i < rows.length; i += 200) {
    await db.insertInto('fact_tombstones').values(rows.slice(i, i + 200)).execute();
  }
}
