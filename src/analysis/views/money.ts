import { yearOf } from '../../model/date.ts';
import type { MoneyView } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy, round } from '../common/counts.ts';
import { findCurrencyPairs, fxTable, isCurrency, tableRate } from '../common/fx.ts';
import { analysisLexicon, hasWord, wordRegex } from '../common/lexicon.ts';
import { loadContext, resolveCountry } from '../context/context.ts';
import { refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { figureOf, qref } from '../context/sources.ts';
import { DocumentTexts } from '../context/texts.ts';

export interface MoneyParams { country?: string }

type Row = MoneyView['rows'][number];

/**
 * Budgets, spending, purchases, pay and aid of one country by year, in the stated currency and in
 * USD: the document's own paired figure first, then a rate implied by the documents for that year,
 * then the approximate yearly table. Shares of GDP are listed apart.
 */
export async function moneyView(store: AtlasStore, params: MoneyParams = {}): Promise<MoneyView> {
  const ctx = await loadContext(store);
  const country = resolveCountry(ctx, params.country);
  const scope = new CountryScope(ctx, country);
  await scope.prepare();
  const all = (await store.quantities({})).filter((q) => scope.concerns(q.documentId, q.holderEntity));
  const money = all.filter((q) => q.kind === 'money');
  const texts = await new DocumentTexts(store).load(money.map((q) => q.documentId));
  const years = relativeYears(money, texts);
  const pairs = findCurrencyPairs(money, texts).map((p) => (years.has(p.local.id) ? { ...p, rate: { ...p.rate, year: years.get(p.local.id)! } } : p));
  const pairOfLocal = new Map(pairs.map((p) => [p.local.id, p]));
  const pairedUsd = new Set(pairs.map((p) => p.usd.id));
  const impliedByKey = groupBy(pairs.map((p) => p.rate), (r) => `${r.currency}:${r.year}`);

  const rows: Row[] = [];
  for (const q of money) {
    if (pairedUsd.has(q.id)) continue; // shown as the USD equivalent of its local figure
    const year = years.get(q.id) ?? (q.date ? yearOf(q.date) : null);
    const currency = isCurrency(q.unit) ? q.unit : (q.unit ?? '?');
    rows.push({
      category: categoryOf(q, texts),
      holder: q.holderEntity,
      figure: figureOf(q),
      currency,
      year,
      usd: toUsd(q, currency, year, pairOfLocal.get(q.id), impliedByKey.get(`${currency}:${year}`) ?? []),
    });
  }
  rows.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.figure.source.documentId - b.figure.source.documentId || a.figure.source.id - b.figure.source.id);

  const perYear = [...groupBy(rows, (r) => r.year)].map(([year, list]) => ({
    year,
    categories: [...groupBy(list, (r) => r.category)].map(([key, l]) => ({ key, count: l.length, refs: l.map((r) => r.figure.source.ref) })),
  }));
  const lex = analysisLexicon();
  const shareOfGdp = all
    .filter((q) => (q.kind === 'percent' || q.unit === 'percent') && (hasWord(q.subject, lex.gdpWords) || hasWord(q.quote, lex.gdpWords)))
    .map(figureOf);
  const fx = fxTable();
  return {
    country: country ? refOf(country) : null,
    rows,
    perYear,
    impliedRates: pairs.map((p) => p.rate).sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)),
    shareOfGdp,
    fxTable: { source: fx.source, note: fx.note, currencies: Object.keys(fx.rates).sort() },
  };
}

// "from 47 million this year to 4.8 billion next year": years stated relative to another figure of the sentence.
const THIS_YEAR = /^\s*(?:\([^)]*\)\s*)?(?:this|the current) year\b/i;
const NEXT_YEAR = /^\s*(?:\([^)]*\)\s*)?(?:next|the next|the following) year\b/i;

/** Years of figures written "next year" beside a figure written "this year" whose year is known. */
function relativeYears(money: StoredQuantity[], texts: DocumentTexts): Map<number, number> {
  const out = new Map<number, number>();
  for (const group of groupBy(money, (q) => `${q.documentId}:${q.sentence}`).values()) {
    const after = (q: StoredQuantity) => texts.between(q.documentId, q.end, q.end + 60);
    const anchor = group.find((q) => q.date && THIS_YEAR.test(after(q)));
    if (!anchor?.date) continue;
    for (const q of group) if (NEXT_YEAR.test(after(q))) out.set(q.id, yearOf(anchor.date) + 1);
  }
  return out;
}

function categoryOf(q: StoredQuantity, texts: DocumentTexts): string {
  const lex = analysisLexicon();
  // "8 billion more than the previous year" is a change, not a level.
  if (hasWord(texts.between(q.documentId, q.end, q.end + 40), lex.moneyChangeAfter)) return 'change';
  for (const text of [q.subject, q.quote]) {
    const hit = lex.moneyCategories.find((c) => hasWord(text, c.words));
    if (hit) return hit.id;
  }
  // From the sentence: the category whose word stands nearest the figure.
  const sentence = texts.sentence(q.documentId, q.sentence);
  if (!sentence) return 'other';
  const at = q.start - sentence.start;
  let best: { id: string; distance: number } | null = null;
  for (const c of lex.moneyCategories) {
    for (const w of c.words) {
      const re = new RegExp(wordRegex(w).source, 'giu');
      for (const m of sentence.text.matchAll(re)) {
        const distance = Math.abs(m.index - at);
        if (!best || distance < best.distance) best = { id: c.id, distance };
      }
    }
  }
  return best?.id ?? 'other';
}

function toUsd(
  q: StoredQuantity,
  currency: string,
  year: number | null,
  pair: { usd: StoredQuantity } | undefined,
  implied: { rate: number; local: { ref: string } }[],
): Row['usd'] {
  if (currency === 'USD') return { usd: q.value, method: 'stated', rate: null, note: 'stated in USD' };
  if (pair) {
    return { usd: pair.usd.value, method: 'paired', rate: round(q.value / pair.usd.value, 4), note: `USD figure stated beside it (${qref(pair.usd)})` };
  }
  const others = implied.filter((r) => r.local.ref !== qref(q));
  if (others.length) {
    const rate = others.reduce((s, r) => s + r.rate, 0) / others.length;
    return { usd: round(q.value / rate, 0), method: 'implied', rate: round(rate, 4), note: `rate implied by the documents' own paired figures for ${year} (${others.map((r) => r.local.ref).join(', ')})` };
  }
  const rate = tableRate(currency, year);
  if (rate) {
    return { usd: round(q.value / rate, 0), method: 'table', rate, note: `approximate ${year} yearly average rate (knowledge/fx-rates.json)` };
  }
  return null;
}
