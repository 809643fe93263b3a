import { sql, type Kysely } from 'kysely';
import type { DatePrecision } from '../../../model/date.ts';
import type { ParticipantRole } from '../../../model/facts.ts';
import type { EntityRef, StoredEvent } from '../../../model/views.ts';
import type { EventFilter } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import { firstDay, lastDay } from './date-bounds.ts';
import type { ById } from './facts.ts';
import { chunks, toEvidence } from './rows.ts';

type Participant = EntityRef & { role: ParticipantRole };

async function participantsOf(db: Kysely<AtlasDb>, eventIds: number[]): Promise<Map<number, Participant[]>> {
  const out = new Map<number, Participant[]>();
  for (const part of chunks(eventIds)) {
    const rows = await db.selectFrom('event_participants as p').innerJoin('entities as en', 'en.id', 'p.entity_id')
      .select(['p.event_id', 'p.role', 'en.id', 'en.name', 'en.type'])
      .where('p.event_id', 'in', part)
      .orderBy(sql`p.rowid`)
      .execute();
    for (const r of rows) {
      const list = out.get(r.event_id) ?? [];
      list.push({ id: r.id, name: r.name, type: r.type, role: r.role as ParticipantRole });
      out.set(r.event_id, list);
    }
  }
  return out;
}

/**
 * Events by document, participant entity, type, cooperation code (`kind`) and date: `from`/`to`
 * keep events whose date range overlaps the bounds ("2008" covers all of 2008).
 */
export async function events(db: Kysely<AtlasDb>, f: EventFilter & ById): Promise<StoredEvent[]> {
  let q = db.selectFrom('events as f').selectAll('f');
  if (f.id !== undefined) q = q.where('f.id', '=', f.id);
  if (f.documentId !== undefined) q = q.where('f.document_id', '=', f.documentId);
  if (f.documents !== undefined) q = q.where('f.document_id', '>=', f.documents.from).where('f.document_id', '<=', f.documents.to);
  if (f.entityId !== undefined) {
    const id = f.entityId;
    // IN over the participants' entity index: EXISTS per event read every event of the store.
    q = q.where('f.id', 'in', (eb) => eb.selectFrom('event_participants as p').select('p.event_id').where('p.entity_id', '=', id));
  }
  if (f.type !== undefined) q = q.where('f.type', '=', f.type);
  if (f.kind !== undefined) q = q.where('f.cooperation', '=', f.kind);
  if (f.from !== undefined) q = q.where('f.date_end', '>=', firstDay(f.from, 'from'));
  if (f.to !== undefined) q = q.where('f.date_start', '<=', lastDay(f.to, 'to'));
  q = q.orderBy('f.date_start').orderBy('f.document_id').orderBy('f.start').orderBy('f.id');
  if (f.limit !== undefined) q = q.limit(f.limit);
  const rows = await q.execute();
  const participants = await participantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...toEvidence(r),
    type: r.type, cooperation: r.cooperation, title: r.title,
    date: { start: r.date_start, end: r.date_end, precision: r.date_precision as DatePrecision },
    participants: participants.get(r.id) ?? [],
  }));
}
