import { foldName } from '../../model/names.ts';
import type { InventoryView } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy } from '../common/counts.ts';
import { analysisLexicon } from '../common/lexicon.ts';
import { findTotalsWithParts } from '../common/totals.ts';
import { loadContext, resolveCountry } from '../context/context.ts';
import { attrString, refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { figureOf, qref } from '../context/sources.ts';

export interface InventoryParams { country?: string }

type Item = InventoryView['holders'][number]['items'][number];

/**
 * Equipment of one country by holder and model, with status, role and origin (from the EQUIPMENT
 * entity's catalog attributes; the counted noun stands in for a missing role), totals by role and
 * origin of what is held, totals by status, and each stated total checked against its listed parts.
 */
export async function inventoryView(store: AtlasStore, params: InventoryParams = {}): Promise<InventoryView> {
  const ctx = await loadContext(store);
  const country = resolveCountry(ctx, params.country);
  const scope = new CountryScope(ctx, country);
  await scope.prepare();
  const equipment = (await ctx.loads.quantities())
    .filter((q) => q.kind === 'equipment' && scope.concerns(q.documentId, q.holderEntity))
    // What an exercise or programme fielded is not a holding of the country's forces.
    .filter((q) => !q.holderEntity || (q.holderEntity.type !== 'PROGRAM' && q.holderEntity.type !== 'EVENT'));
  const statedTotals = findTotalsWithParts(equipment, ctx.links);
  const totalsWithParts = new Set(statedTotals.map((t) => t.total.source.id));

  const items: (Item & { q: StoredQuantity })[] = equipment.map((q) => {
    const model = q.subjectEntity ? ctx.index.get(q.subjectEntity.id) : null;
    return {
      q,
      holder: q.holderEntity,
      holderText: q.holder,
      model: q.subjectEntity,
      modelText: q.subject,
      count: figureOf(q),
      status: q.status,
      role: (model && attrString(model, 'role', 'category', 'class')) ?? q.unit ?? null,
      origin: model ? attrString(model, 'origin', 'originCountry', 'manufacturerCountry', 'country') : null,
    };
  });
  items.sort((a, b) => a.q.documentId - b.q.documentId || a.q.start - b.q.start);

  const holders = [...groupBy(items, (i) => (i.holder ? `id:${i.holder.id}` : i.holderText ? `t:${foldName(i.holderText)}` : '-')).values()]
    .map((list) => ({ holder: list[0].holder, holderText: list[0].holderText, items: list.map(({ q: _q, ...item }) => item) }))
    .sort((a, b) => b.items.length - a.items.length);

  // Sums count every listed item once (a total whose parts are listed stands aside); role and origin
  // totals count what is held, not what is planned or on order.
  const counted = items.filter((i) => !totalsWithParts.has(i.q.id));
  const notHeld = analysisLexicon().notHeldStatuses;
  const held = counted.filter((i) => !notHeld.includes((i.status ?? '').toLowerCase()));
  const totals = (key: (i: Item) => string | null, list = held) =>
    [...groupBy(list, (i) => key(i) ?? '(not stated)')].map(([k, list]) => ({
      key: k,
      count: list.reduce((s, i) => s + i.q.value, 0),
      refs: list.map((i) => qref(i.q)),
    })).sort((a, b) => b.count - a.count);

  return {
    country: country ? refOf(country) : null,
    holders,
    byRole: totals((i) => i.role),
    byOrigin: totals((i) => i.origin),
    byStatus: totals((i) => i.status, counted),
    statedTotals,
  };
}
