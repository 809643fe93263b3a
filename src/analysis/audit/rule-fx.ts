import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { findCurrencyPairs } from '../common/fx.ts';
import type { DocumentTexts } from '../context/texts.ts';
import { fmt, type Draft, type RuleResult } from './finding.ts';

/** Rule fx-rate-conflict: two local/USD pairs of the same currency and year that imply rates too far apart. */
export function checkFxRates(quantities: StoredQuantity[], texts: DocumentTexts, relTol: number): RuleResult {
  const pairs = findCurrencyPairs(quantities.filter((q) => q.kind === 'money'), texts);
  const drafts: Draft[] = [];
  let checked = 0;
  for (const list of groupBy(pairs.filter((p) => p.rate.year !== null), (p) => `${p.rate.currency}:${p.rate.year}`).values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        checked++;
        const [a, b] = [list[i].rate, list[j].rate];
        const gap = Math.max(a.rate, b.rate) / Math.min(a.rate, b.rate) - 1;
        if (gap <= relTol) continue;
        drafts.push({
          rule: 'fx-rate-conflict',
          message: `two ${a.currency}/USD pairs for ${a.year} imply rates ${fmt(a.rate)} and ${fmt(b.rate)} ${a.currency} per USD`,
          arithmetic: `${fmt(list[i].local.value)} / ${fmt(list[i].usd.value)} = ${fmt(a.rate)}; ${fmt(list[j].local.value)} / ${fmt(list[j].usd.value)} = ${fmt(b.rate)}; gap ${fmt(gap * 100)}% > ${fmt(relTol * 100)}%`,
          sources: [a.local, a.usd, b.local, b.usd],
        });
      }
    }
  }
  return { rule: 'fx-rate-conflict', checked, drafts };
}
