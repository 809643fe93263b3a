import { isCurrency, q, type LinkContext } from './context.ts';

// What may stand between a figure and its equivalent in another currency: "25 billion tenge ($172 million)",
// "KZT 25 billion, or about $172 million"; a short rate phrase may come first: "70,000 tenge per month (around $580)".
const PAIR_GAP = /^\s*(?:(?:per|a|an|each)\s+[a-z]+\s*)?(?:\(|\[|,?\s*(?:or|i\.e\.|equivalent to|equal to|roughly|about|approximately|some|around|~)\s*(?:about|approximately|roughly|around|some)?)\s*$/i;

/**
 * Rule currency-pair: one amount stated in a local currency and in US dollars right next to each
 * other. The link goes from the local figure to the dollar figure; it implies a rate.
 */
export function linkCurrencyPairs(ctx: LinkContext): void {
  for (const [sentence, group] of ctx.quantitiesBySentence) {
    const money = group.filter((x) => x.fact.kind === 'money' && isCurrency(x.fact.unit));
    for (let i = 0; i + 1 < money.length; i++) {
      const [a, b] = [money[i], money[i + 1]];
      if ((a.fact.unit === 'USD') === (b.fact.unit === 'USD')) continue;
      if (!PAIR_GAP.test(ctx.between(a.fact.end, b.fact.start))) continue;
      const [local, usd] = a.fact.unit === 'USD' ? [b, a] : [a, b];
      if (usd.fact.value <= 0) continue;
      ctx.add({
        type: 'equivalent', rule: 'currency-pair', from: q(local.index), to: q(usd.index),
        number: local.fact.value / usd.fact.value, sentence, start: a.fact.start, end: b.fact.end, confidence: 0.85,
      });
    }
  }
}
