import type { TotalCheck } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from './counts.ts';
import { allowedInterval, overlaps } from './intervals.ts';
import { figureOf } from '../context/sources.ts';
import { lref, type LinkIndex } from '../context/links.ts';

/**
 * Stated totals with their breakdown, as the extraction linked them (links of type `part_of`, rule
 * part-whole: "164 aircraft (40 A, 14 B, ...)", "550 sent abroad: 300 ... and 250 ...", "12,000
 * troops, including 3,000 conscripts"). A bracket or colon needs two parts to be a breakdown.
 */
export function findTotalsWithParts(quantities: StoredQuantity[], links: LinkIndex): TotalCheck[] {
  const byId = new Map(quantities.map((q) => [q.id, q]));
  const out: TotalCheck[] = [];
  const partLinks = links.ofType('part_of').filter((l) => l.value !== 'share' && l.to?.kind === 'quantity');
  for (const [totalId, list] of groupBy(partLinks, (l) => l.to!.id)) {
    const total = byId.get(totalId);
    const parts = list.map((l) => byId.get(l.from.id)).filter((p): p is StoredQuantity => !!p);
    const opener = list[0].value;
    if (!total || parts.length < (opener === '(' || opener === ':' ? 2 : 1)) continue;
    const sum = parts.reduce((s, p) => s + p.value, 0);
    const sumInterval = parts.reduce<[number, number]>((acc, p) => {
      const [lo, hi] = allowedInterval(p);
      return [acc[0] + lo, acc[1] + hi];
    }, [0, 0]);
    // "including" names some of the parts: they may fall short of the total, never exceed it.
    const consistent = opener === '(' || opener === ':' ? overlaps(allowedInterval(total), sumInterval) : sumInterval[0] <= allowedInterval(total)[1];
    out.push({ total: figureOf(total), parts: parts.map(figureOf), sum, difference: total.value - sum, consistent, links: list.map(lref) });
  }
  return out;
}
