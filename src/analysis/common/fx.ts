import { yearOf } from '../../model/date.ts';
import type { ImpliedRate } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { sourceOf } from '../context/sources.ts';
import { lref, type LinkIndex } from '../context/links.ts';

export const isCurrency = (unit: string | null): unit is string => !!unit && /^[A-Z]{3}$/.test(unit);

export interface CurrencyPair { local: StoredQuantity; usd: StoredQuantity; rate: ImpliedRate; link: string }

/**
 * Figures the extraction linked as one amount in a local currency and in USD (links of type
 * `equivalent`, rule currency-pair): each pair implies a rate (local units per USD) for its year.
 */
export function findCurrencyPairs(money: StoredQuantity[], links: LinkIndex): CurrencyPair[] {
  const byId = new Map(money.map((q) => [q.id, q]));
  const out: CurrencyPair[] = [];
  for (const l of links.ofType('equivalent')) {
    const local = byId.get(l.from.id);
    const usd = l.to ? byId.get(l.to.id) : undefined;
    if (!local || !usd || l.from.kind !== 'quantity' || usd.unit !== 'USD' || !isCurrency(local.unit) || usd.value <= 0) continue;
    const date = local.date ?? usd.date;
    out.push({
      local,
      usd,
      link: lref(l),
      rate: {
        currency: local.unit,
        year: date ? yearOf(date) : null,
        rate: local.value / usd.value,
        local: sourceOf('quantity', local),
        usd: sourceOf('quantity', usd),
      },
    });
  }
  return out;
}
