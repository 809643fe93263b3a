import type { Alias, Entity, Mention } from '../../model/facts.ts';
import { foldName } from '../../model/names.ts';

/** Folded form for "same name" tests: foldName plus a last-word plural s dropped (Mobile Forces = Mobile Force). */
export function foldForm(s: string): string {
  let v = foldMemo.get(s);
  if (v === undefined) {
    v = foldName(s).replace(/([a-z0-9]{3,}[^s\s])s$/, '$1');
    // Names repeat within and across documents; the bound keeps a long run's memory flat.
    if (foldMemo.size >= FOLD_MEMO_MAX) foldMemo.clear();
    foldMemo.set(s, v);
  }
  return v;
}
const foldMemo = new Map<string, string>();
const FOLD_MEMO_MAX = 20000;

// "Forces of Air Defense" names what "Air Defense Forces" names; "Ministry of Defense" what "Defense Ministry" does.
const invertibleCache = new WeakMap<readonly string[], RegExp>();
function invertible(heads: readonly string[]): RegExp {
  let re = invertibleCache.get(heads);
  if (!re) {
    const alt = heads.length ? heads.map((h) => h.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : '(?!)';
    re = new RegExp(`^(${alt}) of (?!the )([a-z ]+)$`);
    invertibleCache.set(heads, re);
  }
  return re;
}

function formsOf(e: Entity, inverted: RegExp): Set<string> {
  const out = new Set<string>();
  for (const s of [e.name, ...e.aliases.filter((a) => a.kind !== 'title').map((a) => a.alias)]) {
    const f = foldForm(s);
    if (!f) continue;
    out.add(f);
    const m = inverted.exec(f);
    if (m) out.add(foldForm(`${m[2]} ${m[1]}`));
  }
  return out;
}

function canMerge(a: Entity, b: Entity): boolean {
  if (a.type !== b.type) return false;
  // Two known things stay two ("Brest" in Belarus and in France are both gazetteer entries).
  if (a.key.startsWith('gz:') && b.key.startsWith('gz:')) return false;
  const ca = a.attributes.country;
  const cb = b.attributes.country;
  if (ca && cb && ca !== cb) return false;
  return true;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string, prefer: (x: string, y: string) => string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const root = prefer(ra, rb);
    this.parent.set(root === ra ? rb : ra, root);
  }
}

/**
 * One entity per real-world thing: merges entities that share a folded form (acronym and expansion, plural
 * variants, inverted "Forces of X"), surname-only people into the full name, then names each by its fullest form.
 */
export function resolveEntities(entities: Map<string, Entity>, mentions: Mention[], invertibleHeads: readonly string[]): Map<string, Entity> {
  const inverted = invertible(invertibleHeads);
  const list = [...entities.values()];
  const count = new Map<string, number>();
  for (const m of mentions) count.set(m.entityKey, (count.get(m.entityKey) ?? 0) + 1);
  const prefer = (x: string, y: string) => {
    if (x.startsWith('gz:') !== y.startsWith('gz:')) return x.startsWith('gz:') ? x : y;
    return (count.get(y) ?? 0) > (count.get(x) ?? 0) ? y : x;
  };
  const surfaceFreq = new Map<string, number>();
  for (const m of mentions) surfaceFreq.set(m.quote, (surfaceFreq.get(m.quote) ?? 0) + 1);
  const uf = new UnionFind();
  const byForm = new Map<string, Entity[]>();
  for (const e of list) {
    for (const f of formsOf(e, inverted)) {
      const seen = byForm.get(f);
      if (!seen) byForm.set(f, [e]);
      else {
        for (const o of seen) if (canMerge(o, e) && canMergeGroups(uf, entities, o, e)) uf.union(o.key, e.key, prefer);
        seen.push(e);
      }
    }
  }
  mergeSurnames(list, uf, entities);
  mergeBodyHeads(list, uf, entities);

  const knownForms = new Set<string>();
  for (const e of list) if (e.type === 'PLACE' || e.type === 'ORG') for (const f of formsOf(e, inverted)) knownForms.add(f);
  const groups = new Map<string, Entity[]>();
  for (const e of list) {
    const r = uf.find(e.key);
    const g = groups.get(r);
    if (g) g.push(e);
    else groups.set(r, [e]);
  }
  const out = new Map<string, Entity>();
  for (const [root, members] of groups) {
    const base = entities.get(root)!;
    const merged: Entity = { ...base, aliases: [], attributes: {} };
    for (const m of [...members].reverse()) Object.assign(merged.attributes, m.attributes);
    Object.assign(merged.attributes, base.attributes);
    const titles = new Set<string>(members.flatMap((m) => (m.attributes.titles as string[] | undefined) ?? []));
    if (titles.size) merged.attributes.titles = [...titles];
    const seen = new Set<string>();
    for (const m of members) {
      for (const a of [{ alias: m.name, kind: 'name' as Alias['kind'] }, ...m.aliases]) {
        if (seen.has(a.alias)) continue;
        seen.add(a.alias);
        merged.aliases.push(a);
      }
    }
    merged.name = base.attributes.fixedName ? base.name : chooseName(merged, members, surfaceFreq, knownForms);
    merged.aliases = merged.aliases.filter((a) => a.alias !== merged.name);
    if (merged.attributes.fixedName) delete merged.attributes.fixedName;
    out.set(root, merged);
  }
  for (const m of mentions) m.entityKey = uf.find(m.entityKey);
  return out;
}

// Two groups with different countries never merge, even through a third entity.
function canMergeGroups(uf: UnionFind, entities: Map<string, Entity>, a: Entity, b: Entity): boolean {
  const ra = entities.get(uf.find(a.key));
  const rb = entities.get(uf.find(b.key));
  if (!ra || !rb) return true;
  return canMerge(ra, rb) || ra.key === rb.key;
}

/** "Akhmetov" (from "Defense Minister Akhmetov") is "Daniyal Akhmetov" when only one full name ends that way. */
function mergeSurnames(list: Entity[], uf: UnionFind, entities: Map<string, Entity>): void {
  const full = new Map<string, Entity[]>();
  for (const e of list) {
    if (e.type !== 'PERSON') continue;
    const parts = e.name.split(/\s+/);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    pushTo(full, last, e);
  }
  for (const e of list) {
    if (e.type !== 'PERSON' || /\s/.test(e.name)) continue;
    const cands = full.get(e.name);
    if (cands && cands.length === 1) uf.union(cands[0]!.key, e.key, (x) => (x === cands[0]!.key ? x : cands[0]!.key));
  }
  void entities;
}

/** "Border Troops" is "Border Troops of the State Committee for National Security" when only one body of the document opens that way. */
function mergeBodyHeads(list: Entity[], uf: UnionFind, entities: Map<string, Entity>): void {
  const longs = new Map<string, Entity[]>();
  for (const e of list) {
    if (e.type !== 'ORG' || e.key.startsWith('gz:')) continue;
    const at = e.name.indexOf(' of ');
    const head = at > 0 ? e.name.slice(0, at) : '';
    if (!head.includes(' ')) continue;
    const f = foldForm(head);
    pushTo(longs, f, e);
  }
  if (!longs.size) return;
  for (const e of list) {
    if (e.type !== 'ORG') continue;
    for (const form of [e.name, ...e.aliases.filter((a) => a.kind !== 'title').map((a) => a.alias)]) {
      const c = longs.get(foldForm(form));
      if (!c || c.length !== 1 || c[0] === e || !canMerge(c[0]!, e) || !canMergeGroups(uf, entities, c[0]!, e)) continue;
      const long = c[0]!.key;
      uf.union(long, e.key, (x, y) => (uf.find(long) === x ? x : y));
      break;
    }
  }
}

const POSSESSIVE_PREFIX = /^[\p{L}.\s-]+?[’']s\s+/u;

const isAcronymForm = (s: string) => /^[\p{Lu}][\p{Lu}a-z]*[\p{Lu}]$/u.test(s.replace(/\./g, ''));

/** A is fuller than B: A's words include all of B's and more ("Washington, DC" > "Washington"). */
function fuller(a: string, b: string): boolean {
  const wa = new Set(foldForm(a).split(' '));
  const wb = foldForm(b).split(' ');
  return wa.size > wb.length && wb.every((w) => wa.has(w));
}

/**
 * The fullest form the document gives: among forms no other form contains, the one the text uses most
 * (so "Air Defense Forces" over "Forces of Air Defense"); acronyms, possessives, titles and plurals only if nothing else.
 */
function chooseName(e: Entity, members: Entity[], freq: Map<string, number>, known: Set<string>): string {
  const pool = e.aliases.filter((a) => a.kind !== 'title' && a.kind !== 'possessive' && a.kind !== 'plural' && a.kind !== 'short');
  const nonAcronym = pool.filter((a) => a.kind !== 'acronym' && !isAcronymForm(a.alias));
  const candidates = [...new Set((nonAcronym.length ? nonAcronym : pool).map((a) => a.alias))];
  if (!candidates.length) return e.name;
  // "NATO's Maintenance and Supply Organization" -> "NATO Maintenance and Supply Organization"; "People's ..." stays.
  const strip = (s: string) => {
    const m = e.type === 'PERSON' ? null : POSSESSIVE_PREFIX.exec(s);
    return m && known.has(foldForm(m[0])) ? s.replace(POSSESSIVE_PREFIX, (p) => p.replace(/[’']s\s+$/, ' ')) : s;
  };
  if (e.type === 'EQUIPMENT') {
    // The form the text uses most (a designation over a nickname): "S-400" over "Triumph".
    const designated = candidates.filter((c) => /\d/.test(c));
    const pick = (designated.length ? designated : candidates).sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || a.length - b.length);
    return pick[0]!;
  }
  void members;
  const maximal = candidates.filter((c) => !candidates.some((o) => o !== c && fuller(o, c)));
  maximal.sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || b.length - a.length || a.localeCompare(b));
  return strip(maximal[0]!);
}

// Lists grow in place: copying one per entity was quadratic in the entities sharing a key.
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
