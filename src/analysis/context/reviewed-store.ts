import type { StoredReview } from '../../model/review.ts';
import type {
  StoredClaim, StoredEvent, StoredMention, StoredQuantity, StoredRelation,
} from '../../model/views.ts';
import type { AtlasStore, EventFilter, FactFilter, MentionCount, RelationFilter, StoredFact } from '../../store/store.ts';
import { addedFacts } from '../review/added-facts.ts';
import { applyCorrection } from '../review/apply-values.ts';

type Kind = 'mention' | 'quantity' | 'event' | 'relation' | 'claim';
type FactOf = { mention: StoredMention; quantity: StoredQuantity; event: StoredEvent; relation: StoredRelation; claim: StoredClaim };

/** Whether a fact (after correction) passes the parts of a filter the inner store was not asked to apply. */
function passes(kind: Kind, f: FactOf[Kind], filter: FactFilter & EventFilter & RelationFilter): boolean {
  if (filter.documentId !== undefined && f.documentId !== filter.documentId) return false;
  if (kind === 'quantity' && filter.kind !== undefined && (f as StoredQuantity).kind !== filter.kind) return false;
  if (kind === 'mention' && filter.kind !== undefined && (f as StoredMention).entity.type !== filter.kind) return false;
  if (kind === 'event') {
    const e = f as StoredEvent;
    if (filter.type !== undefined && e.type !== filter.type) return false;
    if (filter.from !== undefined && e.date.end.slice(0, filter.from.length) < filter.from) return false;
    if (filter.to !== undefined && e.date.start.slice(0, filter.to.length) > filter.to) return false;
  }
  if (filter.entityId !== undefined) {
    const id = filter.entityId;
    if (kind === 'mention' && (f as StoredMention).entity.id !== id) return false;
    if (kind === 'quantity' && (f as StoredQuantity).subjectEntity?.id !== id && (f as StoredQuantity).holderEntity?.id !== id) return false;
    if (kind === 'event' && !(f as StoredEvent).participants.some((p) => p.id === id)) return false;
  }
  return true;
}

/**
 * The store as views see it when limited to reviewed facts: only confirmed and corrected facts
 * (with their corrected values) and facts added by hand; rejected and unreviewed facts are left
 * out. Every view reads its facts through this object, so none needs code of its own for it.
 * Facts added by hand carry the negative of their review's id.
 */
export async function reviewedOnlyStore(store: AtlasStore): Promise<AtlasStore> {
  const reviews = await store.reviews({ orphaned: false });
  const byFact = new Map<string, StoredReview>();
  for (const r of reviews) if (r.factId !== null) byFact.set(`${r.kind}:${r.factId}`, r);
  const added = await addedFacts(store, reviews.filter((r) => r.decision === 'added'));

  async function read<K extends Kind>(kind: K, inner: (f: FactFilter) => Promise<FactOf[K][]>, filter: FactFilter & EventFilter & RelationFilter): Promise<FactOf[K][]> {
    // Corrections may change a fact's kind or type: the inner store filters by place only.
    const { kind: _k, type: _t, limit, ...broad } = filter;
    const out: FactOf[K][] = [];
    for (const f of await inner(broad)) {
      const r = byFact.get(`${kind}:${f.id}`);
      if (!r || r.decision === 'rejected') continue;
      const fact = r.decision === 'corrected' ? (applyCorrection({ kind, fact: f } as StoredFact, r).fact as FactOf[K]) : f;
      if (passes(kind, fact, filter)) out.push(fact);
    }
    for (const f of added[kind] as FactOf[K][]) if (passes(kind, f, filter)) out.push(f);
    return limit !== undefined ? out.slice(0, limit) : out;
  }

  return new Proxy(store, {
    get(target, prop, receiver) {
      switch (prop) {
        case 'mentions': return (f: FactFilter) => read('mention', (x) => target.mentions(x), f);
        case 'quantities': return (f: FactFilter) => read('quantity', (x) => target.quantities(x), f);
        case 'events': return (f: EventFilter) => read('event', (x) => target.events(x), f);
        case 'relations': return (f: RelationFilter) => read('relation', (x) => target.relations({ ...x, predicate: f.predicate }), f);
        case 'claims': return (f: FactFilter) => read('claim', (x) => target.claims(x), f);
        // The views' narrower mention reads answer from the same reviewed mentions.
        case 'mentionsByIds': return async (ids: readonly number[]) => {
          const wanted = new Set(ids);
          return (await read('mention', (x) => target.mentions(x), {})).filter((m) => wanted.has(m.id));
        };
        case 'mentionCounts': return async (entityIds: readonly number[]) => countMentions(await read('mention', (x) => target.mentions(x), {}), entityIds);
        default: {
          const v = Reflect.get(target, prop, receiver) as unknown;
          return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
        }
      }
    },
  });
}

/** Mentions of these entities counted per document, ordered by document then first mention (as the store's mentionCounts). */
function countMentions(mentions: readonly StoredMention[], entityIds: readonly number[]): MentionCount[] {
  const wanted = new Set(entityIds);
  const counts = new Map<string, MentionCount>();
  for (const m of mentions) {
    if (!wanted.has(m.entity.id)) continue;
    const k = `${m.documentId}:${m.entity.id}`;
    const c = counts.get(k);
    if (c) {
      c.count++;
      c.firstStart = Math.min(c.firstStart, m.start);
    } else counts.set(k, { documentId: m.documentId, entityId: m.entity.id, count: 1, firstStart: m.start });
  }
  return [...counts.values()].sort((a, b) => a.documentId - b.documentId || a.firstStart - b.firstStart);
}
