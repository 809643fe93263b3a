import type { Kysely } from 'kysely';
import type { CoMention } from '../../store.ts';
import type { AtlasDb } from '../schema.ts';

/** Entities named in the same sentences as this one, with the number of such sentences, counted in SQL. */
export async function coMentions(db: Kysely<AtlasDb>, entityId: number): Promise<CoMention[]> {
  const here = db.selectFrom('mentions').select(['document_id', 'sentence']).distinct().where('entity_id', '=', entityId).as('s');
  // One row per (other entity, sentence), however often the sentence names it.
  const pairs = db.selectFrom(here)
    .innerJoin('mentions as o', (j) => j.onRef('o.document_id', '=', 's.document_id').onRef('o.sentence', '=', 's.sentence'))
    .where('o.entity_id', '<>', entityId)
    .select(['o.entity_id', 'o.document_id', 'o.sentence']).distinct()
    .as('p');
  const rows = await db.selectFrom(pairs)
    .innerJoin('entities as e', 'e.id', 'p.entity_id')
    .select((eb) => ['e.id', 'e.name', 'e.type', eb.fn.countAll<number>().as('n')])
    .groupBy(['e.id', 'e.name', 'e.type'])
    .execute();
  return rows.map((r) => ({ entity: { id: r.id, name: r.name, type: r.type }, sentences: Number(r.n) }));
}
