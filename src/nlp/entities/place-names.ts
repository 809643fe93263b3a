import type { Entity, Mention } from '../../model/facts.ts';

const cache = new WeakMap<readonly string[], RegExp>();
function headAfter(heads: readonly string[]): RegExp {
  let re = cache.get(heads);
  if (!re) {
    const alt = [...heads].sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ -]')).join('|');
    re = new RegExp(`^[ -](?:${alt || '(?!)'})\\b`, 'i');
    cache.set(heads, re);
  }
  return re;
}

/**
 * "the Surkhandarya region", "Kant air base": a place (not a country) written with a generic head
 * after it is named by that fuller form, the bare name kept as an alias.
 */
export function fullerPlaceNames(text: string, entities: Map<string, Entity>, mentions: readonly Mention[], heads: readonly string[]): void {
  if (!heads.length) return;
  const re = headAfter(heads);
  for (const m of mentions) {
    const e = entities.get(m.entityKey);
    if (!e || e.type !== 'PLACE' || e.attributes.kind === 'country') continue;
    const h = re.exec(text.slice(m.end, m.end + 40));
    if (!h) continue;
    const fuller = text.slice(m.start, m.end + h[0].length);
    if (fuller.length <= e.name.length || e.aliases.some((a) => a.alias === fuller)) continue;
    if (!e.aliases.some((a) => a.alias === e.name)) e.aliases.push({ alias: e.name, kind: 'short' });
    e.name = fuller;
  }
}
