import type { Kysely } from 'kysely';
import type { PartialDate } from '../../../model/date.ts';
import type { Extraction } from '../../../model/document.ts';
import type { Evidence } from '../../../model/provenance.ts';
import type { AtlasDb } from '../schema.ts';
import type { IdTable, StoreDialect } from '../store-dialect.ts';
import { anchorAt } from './fact-anchors.ts';
import { insertRows } from './insert-rows.ts';

interface FactContext {
  text: string;
  documentId: number;
  runId: number;
  entityIds: Map<string, number>;
}

/**
 * The id each fact of the extraction takes, by kind and index in the extraction's arrays: a
 * previous version's id the fact keeps (see fact-anchors.ts), or undefined for a fresh one.
 */
export interface FactIds {
  mention: (number | undefined)[];
  quantity: (number | undefined)[];
  event: (number | undefined)[];
  relation: (number | undefined)[];
  claim: (number | undefined)[];
}

const EVIDENCE = ['id', 'document_id', 'sentence', 'start', 'end', 'quote', 'prefix', 'suffix', 'rule', 'confidence', 'run_id'] as const;
const DATE = (prefix: string) => [`${prefix}_start`, `${prefix}_end`, `${prefix}_precision`];
const COLUMNS = {
  mentions: [...EVIDENCE, 'entity_id'],
  quantities: [...EVIDENCE, 'value', 'low', 'high', 'qualifier', 'kind', 'unit', 'subject', 'subject_entity_id', 'holder', 'holder_entity_id', 'status', ...DATE('date')],
  events: [...EVIDENCE, 'type', 'cooperation', 'title', ...DATE('date')],
  relations: [...EVIDENCE, 'subject_id', 'predicate', 'object_id', 'label', ...DATE('valid_from')],
  fact_links: [...EVIDENCE, 'type', 'from_kind', 'from_id', 'to_kind', 'to_id', 'value', 'number'],
  claims: [...EVIDENCE, 'kind', 'source_entity_id', 'text', ...DATE('date')],
} as const;
// Links take their ids from the database: no version keeps them.
const noId = (cols: readonly string[]) => cols.slice(1);

function evidence(ctx: FactContext, ev: Evidence, id?: number): unknown[] {
  const { prefix, suffix } = anchorAt(ctx.text, ev);
  const row = [ctx.documentId, ev.sentence, ev.start, ev.end, ev.quote, prefix, suffix, ev.rule, ev.confidence, ctx.runId];
  return id === undefined ? row : [id, ...row];
}

const dateValues = (d: PartialDate | null) => [d?.start ?? null, d?.end ?? null, d?.precision ?? null];

// Keys were checked by validatePut, so a miss here is a programming error.
function idOf(ctx: FactContext, key: string): number {
  const id = ctx.entityIds.get(key);
  if (id === undefined) throw new Error(`unresolved entity key ${key}`);
  return id;
}
const idOrNull = (ctx: FactContext, key: string | null) => (key === null ? null : idOf(ctx, key));

/** Every fact's id: the kept one, else the next fresh id of its table, in extraction order (as inserting them one by one would give). */
async function idsFor(db: Kysely<AtlasDb>, dialect: StoreDialect, table: IdTable, kept: readonly (number | undefined)[] | undefined, count: number): Promise<number[]> {
  let fresh = 0;
  for (let i = 0; i < count; i++) if (kept?.[i] === undefined) fresh++;
  const reserved = await dialect.reserveIds(db, table, fresh);
  let next = 0;
  return Array.from({ length: count }, (_, i) => kept?.[i] ?? reserved[next++]!);
}

/** Inserts the sentences (and makes them searchable) and every fact of one extraction, a few statements per table. */
export async function insertFacts(db: Kysely<AtlasDb>, dialect: StoreDialect, ctx: FactContext, x: Extraction, ids?: FactIds): Promise<void> {
  const sentenceIds = await idsFor(db, dialect, 'sentences', undefined, x.sentences.length);
  await insertRows(db, dialect, 'sentences', ['id', 'document_id', 'idx', 'start', 'end'],
    x.sentences.map((s, i) => [sentenceIds[i], ctx.documentId, s.index, s.start, s.end]));
  // The sentence text is sliced in JS: offsets are UTF-16 units, SQL substr() counts code points.
  await dialect.text.indexSentences(db, x.sentences.map((s, i) => ({ id: sentenceIds[i]!, text: ctx.text.slice(s.start, s.end) })));

  const mentionIds = await idsFor(db, dialect, 'mentions', ids?.mention, x.mentions.length);
  await insertRows(db, dialect, 'mentions', COLUMNS.mentions,
    x.mentions.map((m, i) => [...evidence(ctx, m, mentionIds[i]), idOf(ctx, m.entityKey)]));

  const quantityIds = await idsFor(db, dialect, 'quantities', ids?.quantity, x.quantities.length);
  await insertRows(db, dialect, 'quantities', COLUMNS.quantities, x.quantities.map((q, i) => [
    ...evidence(ctx, q, quantityIds[i]),
    q.value, q.low, q.high, q.qualifier, q.kind, q.unit,
    q.subject, idOrNull(ctx, q.subjectKey), q.holder, idOrNull(ctx, q.holderKey), q.status,
    ...dateValues(q.date),
  ]));

  const eventIds = await idsFor(db, dialect, 'events', ids?.event, x.events.length);
  await insertRows(db, dialect, 'events', COLUMNS.events, x.events.map((e, i) => [
    ...evidence(ctx, e, eventIds[i]), e.type, e.cooperation, e.title, e.date.start, e.date.end, e.date.precision,
  ]));
  // Two keys of one extraction may resolve to the same stored entity: the repeat is skipped.
  await insertRows(db, dialect, 'event_participants', ['event_id', 'entity_id', 'role'],
    x.events.flatMap((e, i) => e.participants.map((p) => [eventIds[i], idOf(ctx, p.entityKey), p.role])), 'ON CONFLICT DO NOTHING');

  const relationIds = await idsFor(db, dialect, 'relations', ids?.relation, x.relations.length);
  await insertRows(db, dialect, 'relations', COLUMNS.relations, x.relations.map((r, i) => [
    ...evidence(ctx, r, relationIds[i]), idOf(ctx, r.subjectKey), r.predicate, idOf(ctx, r.objectKey), r.label, ...dateValues(r.validFrom),
  ]));

  if (x.links?.length) {
    const idOfFact = { quantity: quantityIds, event: eventIds, mention: mentionIds };
    await insertRows(db, dialect, 'fact_links', noId(COLUMNS.fact_links), x.links.map((l) => [
      ...evidence(ctx, l), l.type, l.from.kind, idOfFact[l.from.kind][l.from.index],
      l.to?.kind ?? null, l.to ? idOfFact[l.to.kind][l.to.index] : null, l.value, l.number,
    ]));
  }

  const claimIds = await idsFor(db, dialect, 'claims', ids?.claim, x.claims.length);
  await insertRows(db, dialect, 'claims', COLUMNS.claims, x.claims.map((c, i) => [
    ...evidence(ctx, c, claimIds[i]), c.kind, idOrNull(ctx, c.sourceKey), c.text, ...dateValues(c.date),
  ]));
}
