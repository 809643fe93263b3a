import type { StoredLink } from '../../model/links.ts';
import type { EntityRef, StoredEvent, StoredMention, StoredQuantity, StoredRelation } from '../../model/views.ts';
import type { PartialDate } from '../../model/date.ts';

/**
 * Compacts facts kept in the server's snapshot: every vocabulary string (rules, types, units, roles,
 * names) is one string and every reference to an entity one object, instead of one copy per row.
 * At 10,000 documents the snapshot held ~650 bytes per mention, and the collector's work grows with
 * what is kept. Facts are never mutated, so sharing is safe; values and key order stay the store's.
 * One interner lives as long as its snapshot line: a whole read starts a new one, so it stays bounded
 * by the store's vocabulary and entities.
 */
export class FactInterner {
  private readonly words = new Map<string, string>();
  private readonly refs = new Map<number, EntityRef>();

  word<S extends string | null>(s: S): S {
    if (s === null) return s;
    const hit = this.words.get(s);
    if (hit !== undefined) return hit as S;
    this.words.set(s, s);
    return s;
  }

  ref<R extends EntityRef | null>(r: R): R {
    if (r === null) return r;
    const hit = this.refs.get(r.id);
    if (hit && hit.name === r.name && hit.type === r.type) return hit as R;
    const ref = { id: r.id, name: this.word(r.name), type: this.word(r.type) };
    this.refs.set(r.id, ref);
    return ref as R;
  }

  private date<D extends PartialDate | null>(d: D): D {
    return (d && { start: this.word(d.start), end: this.word(d.end), precision: this.word(d.precision) }) as D;
  }

  // Quotes repeat within a document (a name, a figure) far more than across documents: interned per document.
  mentions(list: StoredMention[]): StoredMention[] {
    const quotes = new Map<string, string>();
    return list.map((m) => ({
      id: m.id, documentId: m.documentId, sentence: m.sentence, start: m.start, end: m.end,
      quote: local(quotes, m.quote), rule: this.word(m.rule), confidence: m.confidence, entity: this.ref(m.entity),
    }));
  }

  quantities(list: StoredQuantity[]): StoredQuantity[] {
    const texts = new Map<string, string>();
    return list.map((q) => ({
      id: q.id, documentId: q.documentId, sentence: q.sentence, start: q.start, end: q.end,
      quote: q.quote, rule: this.word(q.rule), confidence: q.confidence,
      value: q.value, low: q.low, high: q.high, qualifier: this.word(q.qualifier), kind: this.word(q.kind), unit: this.word(q.unit),
      subject: localOrNull(texts, q.subject), subjectEntity: this.ref(q.subjectEntity),
      holder: localOrNull(texts, q.holder), holderEntity: this.ref(q.holderEntity),
      date: this.date(q.date), status: this.word(q.status),
    }));
  }

  events(list: StoredEvent[]): StoredEvent[] {
    return list.map((e) => ({
      id: e.id, documentId: e.documentId, sentence: e.sentence, start: e.start, end: e.end,
      quote: e.quote, rule: this.word(e.rule), confidence: e.confidence,
      type: this.word(e.type), cooperation: this.word(e.cooperation), title: e.title, date: this.date(e.date),
      participants: e.participants.map((p) => ({ id: p.id, name: this.word(p.name), type: this.word(p.type), role: this.word(p.role) })),
    }));
  }

  links(list: StoredLink[]): StoredLink[] {
    const values = new Map<string, string>();
    return list.map((l) => ({
      id: l.id, documentId: l.documentId, sentence: l.sentence, start: l.start, end: l.end,
      quote: l.quote, rule: this.word(l.rule), confidence: l.confidence,
      type: this.word(l.type), from: { kind: this.word(l.from.kind), id: l.from.id },
      to: l.to && { kind: this.word(l.to.kind), id: l.to.id }, value: localOrNull(values, l.value), number: l.number,
    }));
  }

  relations(list: StoredRelation[]): StoredRelation[] {
    return list.map((r) => ({
      id: r.id, documentId: r.documentId, sentence: r.sentence, start: r.start, end: r.end,
      quote: r.quote, rule: this.word(r.rule), confidence: r.confidence,
      subject: this.ref(r.subject), predicate: this.word(r.predicate), object: this.ref(r.object),
      label: this.word(r.label), validFrom: this.date(r.validFrom),
    }));
  }
}

function localOrNull(seen: Map<string, string>, s: string | null): string | null {
  return s === null ? null : local(seen, s);
}

function local(seen: Map<string, string>, s: string): string {
  const hit = seen.get(s);
  if (hit !== undefined) return hit;
  seen.set(s, s);
  return s;
}
