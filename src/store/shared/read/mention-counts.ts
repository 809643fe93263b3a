import type { Kysely } from 'kysely';
import type { MentionCount } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';
import { chunks } from './rows.ts';

/** Mentions of these entities counted per document, in SQL (an analysis needs the counts, not the rows). */
export async function mentionCounts(db: Kysely<AtlasDb>, entityIds: readonly number[]): Promise<MentionCount[]> {
  const out: MentionCount[] = [];
  for (const part of chunks([...new Set(entityIds)])) {
    const rows = await db.selectFrom('mentions')
      .select((eb) => ['document_id', 'entity_id', eb.fn.countAll<number>().as('n'), eb.fn.min<number>('start').as('first')])
      .where('entity_id', 'in', part)
      .groupBy(['document_id', 'entity_id'])
      .execute();
    for (const r of rows) out.push({ documentId: r.document_id, entityId: r.entity_id, count: Number(r.n), firstStart: Number(r.first) });
  }
  return out.sort((a, b) => a.documentId - b.documentId || a.firstStart - b.firstStart || a.entityId - b.entityId);
}
