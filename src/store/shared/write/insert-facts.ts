import type { Insertable, Kysely } from 'kysely';
import type { PartialDate } from '../../../model/date.ts';
import type { Extraction } from '../../../model/document.ts';
import type { Evidence } from '../../../model/provenance.ts';
import type { AtlasDb, EvidenceColumns } from '../schema.ts';
import type { TextIndex } from '../store-dialect.ts';
import { anchorAt } from './fact-anchors.ts';

// Rows per multi-row INSERT: well under SQLite's bound-parameter limit for ~25 columns (PostgreSQL's is larger).
const CHUNK = 200;

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

function evidence(ctx: FactContext, ev: Evidence, id: number | undefined): Insertable<EvidenceColumns> {
  const { prefix, suffix } = anchorAt(ctx.text, ev);
  return {
    ...(id === undefined ? {} : { id }),
    document_id: ctx.documentId,
    sentence: ev.sentence,
    start: ev.start,
    end: ev.end,
    quote: ev.quote,
    prefix,
    suffix,
    rule: ev.rule,
    confidence: ev.confidence,
    run_id: ctx.runId,
  };
}

function dateColumns(d: PartialDate | null, prefix: 'date' | 'valid_from') {
  return {
    [`${prefix}_start`]: d?.start ?? null,
    [`${prefix}_end`]: d?.end ?? null,
    [`${prefix}_precision`]: d?.precision ?? null,
  } as Record<`${typeof prefix}_${'start' | 'end' | 'precision'}`, string | null>;
}

// Keys were checked by validatePut, so a miss here is a programming error.
function idOf(ctx: FactContext, key: string): number {
  const id = ctx.entityIds.get(key);
  if (id === undefined) throw new Error(`unresolved entity key ${key}`);
  return id;
}
const idOrNull = (ctx: FactContext, key: string | null) => (key === null ? null : idOf(ctx, key));

async function insertChunked<T extends keyof AtlasDb>(db: Kysely<AtlasDb>, table: T, rows: Insertable<AtlasDb[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

/** Inserts the sentences (and makes them searchable) and every fact of one extraction. */
export async function insertFacts(db: Kysely<AtlasDb>, text: TextIndex, ctx: FactContext, x: Extraction, ids?: FactIds): Promise<void> {
  await insertChunked(db, 'sentences', x.sentences.map((s) => ({ document_id: ctx.documentId, idx: s.index, start: s.start, end: s.end })));
  // The sentence text is sliced in JS: offsets are UTF-16 units, SQL substr() counts code points.
  const stored = await db.selectFrom('sentences').select(['id', 'start', 'end']).where('document_id', '=', ctx.documentId).execute();
  for (let i = 0; i < stored.length; i += CHUNK) {
    await text.indexSentences(db, stored.slice(i, i + CHUNK).map((s) => ({ id: s.id, text: ctx.text.slice(s.start, s.end) })));
  }

  await insertChunked(db, 'mentions', x.mentions.map((m, i) => ({ ...evidence(ctx, m, ids?.mention[i]), entity_id: idOf(ctx, m.entityKey) })));

  await insertChunked(db, 'quantities', x.quantities.map((q, i) => ({
    ...evidence(ctx, q, ids?.quantity[i]),
    value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, kind: q.kind, unit: q.unit,
    subject: q.subject, subject_entity_id: idOrNull(ctx, q.subjectKey),
    holder: q.holder, holder_entity_id: idOrNull(ctx, q.holderKey),
    status: q.status,
    ...dateColumns(q.date, 'date'),
  })));

  const eventIds: number[] = [];
  for (const [i, e] of x.events.entries()) {
    const row = await db.insertInto('events')
      .values({
        ...evidence(ctx, e, ids?.event[i]), type: e.type, cooperation: e.cooperation, title: e.title,
        date_start: e.date.start, date_end: e.date.end, date_precision: e.date.precision,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    eventIds.push(row.id);
    if (e.participants.length > 0) {
      await db.insertInto('event_participants')
        .values(e.participants.map((p) => ({ event_id: row.id, entity_id: idOf(ctx, p.entityKey), role: p.role })))
        // Two keys of one extraction may resolve to the same stored entity.
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
  }

  await insertChunked(db, 'relations', x.relations.map((r, i) => ({
    ...evidence(ctx, r, ids?.relation[i]),
    subject_id: idOf(ctx, r.subjectKey), predicate: r.predicate, object_id: idOf(ctx, r.objectKey), label: r.label,
    ...dateColumns(r.validFrom, 'valid_from'),
  })));

  if (x.links?.length) {
    // Facts keep earlier versions' ids (not in extraction order): find each stored one by its span and rule.
    const byPlace = async (table: 'quantities' | 'mentions') => new Map(
      (await db.selectFrom(table).select(['id', 'start', 'end', 'rule']).where('document_id', '=', ctx.documentId).execute())
        .map((r) => [`${r.start}:${r.end}:${r.rule}` as string, r.id] as const));
    const [quantityAt, mentionAt] = [await byPlace('quantities'), await byPlace('mentions')];
    const place = (f: Evidence) => `${f.start}:${f.end}:${f.rule}`;
    const idOfFact = (kind: 'quantity' | 'event' | 'mention', index: number): number | null => {
      if (kind === 'event') return eventIds[index] ?? null;
      const f = kind === 'quantity' ? x.quantities[index] : x.mentions[index];
      return f ? ((kind === 'quantity' ? quantityAt : mentionAt).get(place(f)) ?? null) : null;
    };
    await insertChunked(db, 'fact_links', x.links.map((l) => ({
      ...evidence(ctx, l, undefined),
      type: l.type, from_kind: l.from.kind, from_id: idOfFact(l.from.kind, l.from.index)!,
      to_kind: l.to?.kind ?? null, to_id: l.to ? idOfFact(l.to.kind, l.to.index) : null,
      value: l.value, number: l.number,
    })));
  }

  await insertChunked(db, 'claims', x.claims.map((c, i) => ({
    ...evidence(ctx, c, ids?.claim[i]),
    kind: c.kind, source_entity_id: idOrNull(ctx, c.sourceKey), text: c.text,
    ...dateColumns(c.date, 'date'),
  })));
}
