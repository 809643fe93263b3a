import { z } from 'zod';
import { yearOf } from '../../model/date.ts';
import type { ImpliedRate } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from './counts.ts';
import { readKnowledge } from './read-knowledge.ts';
import { sourceOf } from '../context/sources.ts';
import type { DocumentTexts } from '../context/texts.ts';

const FxFile = z.object({
  source: z.string(),
  note: z.string(),
  unit: z.string(),
  redenominations: z.record(z.string(), z.string()),
  rates: z.record(z.string().regex(/^[A-Z]{3}$/), z.record(z.string().regex(/^\d{4}$/), z.number().positive())),
});
export type FxFile = z.infer<typeof FxFile>;

let cached: FxFile | null = null;
/** knowledge/fx-rates.json: approximate yearly average rates, currency units per USD. */
export function fxTable(): FxFile {
  return (cached ??= readKnowledge('fx-rates.json', FxFile));
}

export function tableRate(currency: string, year: number | null): number | null {
  if (year === null) return null;
  return fxTable().rates[currency]?.[String(year)] ?? null;
}

export const isCurrency = (unit: string | null): unit is string => !!unit && /^[A-Z]{3}$/.test(unit);

// What may stand between a figure and its equivalent in another currency: "25 billion tenge ($172 million)",
// "KZT 25 billion, or about $172 million".
// A short rate phrase may come first: "70,000 tenge per month (around $580)".
const PAIR_GAP = /^\s*(?:(?:per|a|an|each)\s+[a-z]+\s*)?(?:\(|\[|,?\s*(?:or|i\.e\.|equivalent to|equal to|roughly|about|approximately|some|around|~)\s*(?:about|approximately|roughly|around|some)?)\s*$/i;

export interface CurrencyPair { local: StoredQuantity; usd: StoredQuantity; rate: ImpliedRate }

/**
 * Figures stated twice in one sentence, in a local currency and in USD right next to each other:
 * each pair implies a rate (local units per USD) for its year.
 */
export function findCurrencyPairs(money: StoredQuantity[], texts: DocumentTexts): CurrencyPair[] {
  const out: CurrencyPair[] = [];
  for (const group of groupBy(money.filter((q) => isCurrency(q.unit)), (q) => `${q.documentId}:${q.sentence}`).values()) {
    group.sort((a, b) => a.start - b.start);
    for (let i = 0; i + 1 < group.length; i++) {
      const [a, b] = [group[i], group[i + 1]];
      if ((a.unit === 'USD') === (b.unit === 'USD')) continue;
      if (!PAIR_GAP.test(texts.between(a.documentId, a.end, b.start))) continue;
      const [local, usd] = a.unit === 'USD' ? [b, a] : [a, b];
      if (usd.value <= 0) continue;
      const date = local.date ?? usd.date;
      out.push({
        local,
        usd,
        rate: {
          currency: local.unit!,
          year: date ? yearOf(date) : null,
          rate: local.value / usd.value,
          local: sourceOf('quantity', local),
          usd: sourceOf('quantity', usd),
        },
      });
    }
  }
  return out;
}
