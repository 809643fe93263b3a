import type { StoredLink } from '../../model/links.ts';
import type { EntityRef, StoredEvent, StoredMention, StoredQuantity, StoredRelation } from '../../model/views.ts';
import type { PartialDate } from '../../model/date.ts';

/**
 * Compacts facts as the server's snapshot reads them: every vocabulary string (rules, types, units,
 * roles, names, dates) becomes one shared string and every reference to an entity one shared object,
 * instead of one copy per row. At 10,000 documents the snapshot held ~650 bytes per mention, and the
 * collector's work grows with what is kept. The facts are fresh from the store and not yet shared,
 * so they are compacted in place (values and key order stay the store's); nothing mutates them after.
 * One interner lives as long as its snapshot line: a whole read starts a new one, so it stays
 * bounded by the store's vocabulary and entities.
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
    if (d) {
      d.start = this.word(d.start);
      d.end = this.word(d.end);
    }
    return d;
  }

  mentions(list: StoredMention[]): StoredMention[] {
    for (const m of list) {
      m.rule = this.word(m.rule);
      m.entity = this.ref(m.entity);
    }
    return list;
  }

  quantities(list: StoredQuantity[]): StoredQuantity[] {
    for (const q of list) {
      q.rule = this.word(q.rule);
      q.kind = this.word(q.kind);
      q.unit = this.word(q.unit);
      q.subjectEntity = this.ref(q.subjectEntity);
      q.holderEntity = this.ref(q.holderEntity);
      q.date = this.date(q.date);
      q.status = this.word(q.status);
    }
    return list;
  }

  events(list: StoredEvent[]): StoredEvent[] {
    for (const e of list) {
      e.rule = this.word(e.rule);
      e.type = this.word(e.type);
      e.cooperation = this.word(e.cooperation);
      e.date = this.date(e.date);
      for (const p of e.participants) {
        p.name = this.word(p.name);
        p.type = this.word(p.type);
      }
    }
    return list;
  }

  links(list: StoredLink[]): StoredLink[] {
    for (const l of list) {
      l.rule = this.word(l.rule);
      l.type = this.word(l.type);
    }
    return list;
  }

  relations(list: StoredRelation[]): StoredRelation[] {
    for (const r of list) {
      r.rule = this.word(r.rule);
      r.subject = this.ref(r.subject);
      r.predicate = this.word(r.predicate);
      r.object = this.ref(r.object);
      r.label = this.word(r.label);
      r.validFrom = this.date(r.validFrom);
    }
    return list;
  }
}
