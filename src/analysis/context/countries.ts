import { foldName } from '../../model/names.ts';
import type { StoredEntity, StoredRelation } from '../../model/views.ts';
import { attrString, attrStrings, namesOf, type EntityIndex } from './entity-index.ts';

// The gazetteer decides attribute names; these are the spellings we accept for "what kind of place/org".
const KIND_KEYS = ['kind', 'placeType', 'place_type', 'category', 'subtype', 'class'];
const COUNTRY_KINDS = new Set(['country', 'state', 'nation', 'sovereign state']);
const INTERNATIONAL_KINDS = new Set(['alliance', 'international', 'international organization', 'intergovernmental', 'bloc', 'igo']);
const CODE_KEYS = ['iso', 'iso2', 'iso3', 'isoCode', 'iso_code', 'code'];
const COUNTRY_ATTRS = ['country', 'countries'];
/** Edges along which an organization inherits its country (a unit part_of a ministry of X is X's). */
const INHERIT_PREDICATES = new Set(['part_of', 'subordinate_to', 'branch_of']);

export function kindOf(e: StoredEntity): string | null {
  // Asked per participant and mention a view reads; an entity's attributes never change under it.
  let k = kinds.get(e);
  if (k === undefined) {
    const a = attrString(e, ...KIND_KEYS);
    kinds.set(e, (k = a ? a.toLowerCase() : null));
  }
  return k;
}
const kinds = new WeakMap<StoredEntity, string | null>();

/**
 * Which country each entity belongs to, as a folded key (the country entity's folded name when the
 * store knows it, else the folded attribute value). Countries are PLACE entities marked as such by
 * an attribute, carrying an ISO code, or named as another entity's `country`.
 */
export class CountryResolver {
  private readonly countryByName = new Map<string, StoredEntity>();
  private readonly memo = new Map<number, string | null>();
  private readonly parents = new Map<number, number[]>();
  private readonly countryMemo = new WeakMap<StoredEntity, boolean>();

  constructor(private readonly index: EntityIndex, relations: StoredRelation[] = []) {
    const referenced = new Set<string>();
    for (const e of index.entities) for (const c of attrStrings(e, ...COUNTRY_ATTRS)) referenced.add(foldName(c));
    for (const e of index.entities) {
      if (e.type !== 'PLACE') continue;
      const names = [...namesOf(e), ...attrStrings(e, ...CODE_KEYS).map((c) => c.toLowerCase())];
      const marked = COUNTRY_KINDS.has(kindOf(e) ?? '') || attrStrings(e, ...CODE_KEYS).length > 0;
      if (marked || names.some((n) => referenced.has(n))) {
        for (const n of names) if (!this.countryByName.has(n)) this.countryByName.set(n, e);
      }
    }
    for (const r of relations) {
      if (!INHERIT_PREDICATES.has(r.predicate)) continue;
      const list = this.parents.get(r.subject.id) ?? [];
      list.push(r.object.id);
      this.parents.set(r.subject.id, list);
    }
  }

  isCountry(e: StoredEntity): boolean {
    // Asked for every participant and mention a view reads: its names are folded once per entity.
    let yes = this.countryMemo.get(e);
    if (yes === undefined) {
      yes = e.type === 'PLACE' && [...namesOf(e)].some((n) => this.countryByName.get(n) === e);
      this.countryMemo.set(e, yes);
    }
    return yes;
  }

  isInternational(e: StoredEntity): boolean {
    return INTERNATIONAL_KINDS.has(kindOf(e) ?? '');
  }

  /** The country entity a name or code stands for, if the store has it. */
  countryNamed(name: string): StoredEntity | null {
    return this.countryByName.get(foldName(name)) ?? this.countryByName.get(name.toLowerCase()) ?? null;
  }

  keyOfName(name: string): string {
    const c = this.countryNamed(name);
    return c ? foldName(c.name) : foldName(name);
  }

  /** The folded key of the country an entity belongs to, or null when nothing says. */
  countryKeyOf(e: StoredEntity, seen = new Set<number>()): string | null {
    if (this.memo.has(e.id)) return this.memo.get(e.id)!;
    let key: string | null = null;
    if (this.isCountry(e)) key = foldName(e.name);
    else {
      const attr = attrString(e, ...COUNTRY_ATTRS);
      if (attr) key = this.keyOfName(attr);
      else if (!seen.has(e.id)) {
        seen.add(e.id);
        for (const p of this.parents.get(e.id) ?? []) {
          const parent = this.index.get(p);
          key = parent ? this.countryKeyOf(parent, seen) : null;
          if (key) break;
        }
      }
    }
    this.memo.set(e.id, key);
    return key;
  }

  countries(): StoredEntity[] {
    return [...new Set(this.countryByName.values())];
  }
}
