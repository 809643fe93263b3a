import type { PartialDate } from '../../model/date.ts';
import type { StoredReview } from '../../model/review.ts';
import type { EntityRef, StoredEvent, StoredMention, StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';

export interface AddedFacts {
  mention: StoredMention[];
  quantity: StoredQuantity[];
  event: StoredEvent[];
  relation: never[];
  claim: never[];
}

/**
 * Facts analysts added by hand, in the shapes views read. Names resolve to stored entities where
 * the atlas knows them; an added mention of a name it does not know is left out (no entity to count).
 * Each takes the negative of its review's id, so it cannot be mistaken for an extracted fact.
 */
export async function addedFacts(store: AtlasStore, reviews: StoredReview[]): Promise<AddedFacts> {
  const out: AddedFacts = { mention: [], quantity: [], event: [], relation: [], claim: [] };
  const entity = async (name: unknown, type?: unknown): Promise<EntityRef | null> => {
    if (typeof name !== 'string') return null;
    const [e] = await store.findEntities(name, typeof type === 'string' ? type : undefined);
    return e ? { id: e.id, name: e.name, type: e.type } : null;
  };
  for (const r of reviews) {
    const { documentId, sentence, start, end, quote } = r.anchor;
    const base = { id: -r.id, documentId, sentence, start, end, quote, rule: r.rule, confidence: 1 };
    const v = r.values ?? {};
    if (r.kind === 'quantity') {
      out.quantity.push({
        ...base, value: Number(v.value), low: (v.low as number) ?? null, high: (v.high as number) ?? null,
        qualifier: (v.qualifier as StoredQuantity['qualifier']) ?? 'exact', kind: (v.kind as string) ?? 'count', unit: (v.unit as string) ?? null,
        subject: (v.subject as string) ?? null, subjectEntity: await entity(v.subject), holder: (v.holder as string) ?? null,
        holderEntity: await entity(v.holder), date: (v.date as PartialDate) ?? null, status: (v.status as string) ?? null,
      });
    } else if (r.kind === 'event') {
      out.event.push({
        ...base, type: v.type as string, cooperation: (v.cooperation as string) ?? null, date: v.date as PartialDate,
        title: (v.title as string) ?? quote, participants: [],
      });
    } else if (r.kind === 'mention') {
      const e = await entity(v.name, v.type);
      if (e) out.mention.push({ ...base, entity: e });
    }
  }
  return out;
}
