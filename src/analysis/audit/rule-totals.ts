import type { StoredQuantity } from '../../model/views.ts';
import { findTotalsWithParts } from '../common/totals.ts';
import type { LinkIndex } from '../context/links.ts';
import { fmt, relativeGap, type RuleResult } from './finding.ts';

/** Rule total-vs-parts: a stated total that its listed parts do not add up to. */
export function checkTotals(quantities: StoredQuantity[], links: LinkIndex): RuleResult {
  const checks = findTotalsWithParts(quantities, links);
  return {
    rule: 'total-vs-parts',
    checked: checks.length,
    drafts: checks.filter((c) => !c.consistent).map((c) => ({
      rule: 'total-vs-parts' as const,
      message: `stated total ${fmt(c.total.value)} ${c.total.unit ?? ''} but its ${c.parts.length} listed parts add up to ${fmt(c.sum)}`.replace(/\s+/g, ' '),
      arithmetic: `${c.parts.map((p) => fmt(p.value)).join(' + ')} = ${fmt(c.sum)} ≠ ${fmt(c.total.value)} (difference ${fmt(c.difference)})`,
      sources: [c.total.source, ...c.parts.map((p) => p.source)],
      size: relativeGap(c.total.value, c.sum),
      links: c.links,
    })),
  };
}
