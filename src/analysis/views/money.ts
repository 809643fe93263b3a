import { yearOf } from '../../model/date.ts';
import type { MoneyView } from '../../model/analysis.ts';
import { foldName } from '../../model/names.ts';
import type { StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy, round } from '../common/counts.ts';
import { findCurrencyPairs, isCurrency } from '../common/fx.ts';
import { loadContext, resolveCountry } from '../context/context.ts';
import { refOf } from '../context/entity-index.ts';
import { lref, type LinkIndex } from '../context/links.ts';
import { CountryScope } from '../context/scope.ts';
import { figureOf, qref } from '../context/sources.ts';

export interface MoneyParams { country?: string }

type Row = MoneyView['rows'][number];

/**
 * Budgets, spending, purchases, pay and aid of one country by year, in the stated currency and in
 * USD: the document's own paired figure first, then a rate the documents imply for that currency
 * and year. No rate comes from anywhere else. Shares of GDP are listed apart.
 */
export async function moneyView(store: AtlasStore, params: MoneyParams = {}): Promise<MoneyView> {
  const ctx = await loadContext(store);
  const country = resolveCountry(ctx, params.country);
  const scope = new CountryScope(ctx, country);
  await scope.prepare();
  const all = (await ctx.loads.quantities()).filter((q) => scope.concerns(q.documentId, q.holderEntity));
  // A shared currency name (som, manat...) resolved from the document's country by the extraction.
  const money = all.filter((q) => q.kind === 'money').map((q) => withCurrency(q, ctx.links));
  const years = relativeYears(money, ctx.links);
  const pairs = findCurrencyPairs(money, ctx.links).map((p) => (years.has(p.local.id) ? { ...p, rate: { ...p.rate, year: years.get(p.local.id)! } } : p));
  const pairOfLocal = new Map(pairs.map((p) => [p.local.id, p]));
  const pairedUsd = new Set(pairs.map((p) => p.usd.id));
  const impliedByKey = groupBy(pairs.map((p) => p.rate), (r) => `${r.currency}:${r.year}`);

  const rows: Row[] = [];
  for (const q of money) {
    if (pairedUsd.has(q.id)) continue; // shown as the USD equivalent of its local figure
    const year = years.get(q.id) ?? (q.date ? yearOf(q.date) : null);
    const currency = isCurrency(q.unit) ? q.unit : (q.unit ?? '?');
    const category = categoryOf(q, ctx.links);
    const reason = ctx.links.cue('quantity', q.id, 'currency');
    rows.push({
      category,
      holder: q.holderEntity,
      figure: figureOf(q),
      currency,
      year,
      usd: toUsd(q, currency, year, pairOfLocal.get(q.id), impliedByKey.get(`${currency}:${year}`) ?? []),
      series: seriesKey(category, q, currency),
      currencyReason: reason ? `${reason.value} (${lref(reason)}, ${reason.rule})` : null,
    });
  }
  rows.sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || a.figure.source.documentId - b.figure.source.documentId || a.figure.source.id - b.figure.source.id);

  const perYear = [...groupBy(rows, (r) => r.year)].map(([year, list]) => ({
    year,
    categories: [...groupBy(list, (r) => r.category)].map(([key, l]) => ({ key, count: l.length, refs: l.map((r) => r.figure.source.ref) })),
  }));
  const shareOfGdp = all
    .filter((q) => (q.kind === 'percent' || q.unit === 'percent') && ctx.links.has('quantity', q.id, 'gdp_share'))
    .map(figureOf);
  const series = [...groupBy(rows, (r) => r.series!)].map(([key, list]) => ({
    key,
    category: list[0].category,
    holder: list[0].holder?.name ?? null,
    subject: subjectHead(list[0].figure.subject),
    currency: list[0].currency,
    refs: list.map((r) => r.figure.source.ref),
  }));
  return {
    country: country ? refOf(country) : null,
    rows,
    perYear,
    impliedRates: pairs.map((p) => p.rate).sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999)),
    shareOfGdp,
    fxTable: {
      source: 'the documents themselves: figures stated in a local currency with their USD equivalent beside them (links of type equivalent)',
      note: 'no external exchange-rate table: a figure is converted only with its own stated USD equivalent ("paired") or a rate other paired figures of the same currency and year imply ("implied"); others stay unconverted',
      currencies: [...new Set(pairs.map((p) => p.rate.currency))].sort(),
    },
    series,
  };
}

function withCurrency(q: StoredQuantity, links: LinkIndex): StoredQuantity {
  const c = links.cue('quantity', q.id, 'currency');
  return c?.value ? { ...q, unit: c.value } : q;
}

/** Years of figures written "next year" beside a figure written "this year" whose year is known (links relative_year). */
function relativeYears(money: StoredQuantity[], links: LinkIndex): Map<number, number> {
  const byId = new Map(money.map((q) => [q.id, q]));
  const out = new Map<number, number>();
  for (const l of links.ofType('relative_year')) {
    const anchor = l.to ? byId.get(l.to.id) : undefined;
    if (byId.has(l.from.id) && anchor?.date) out.set(l.from.id, yearOf(anchor.date) + (l.number ?? 0));
  }
  return out;
}

/** The category the extraction found for the figure (money_category), else "other". */
function categoryOf(q: StoredQuantity, links: LinkIndex): string {
  return links.cue('quantity', q.id, 'money_category')?.value ?? 'other';
}

// The head of what a figure measures ("the defense budget" and "defense budgets" are one; "military education" another).
function subjectHead(subject: string | null): string | null {
  const s = subject ? foldName(subject).replace(/^(the|a|an|its|their)\s+/, '').replace(/(?<=[a-z]{3})s$/, '') : '';
  return s || null;
}

/** One measure: the same category, holder, thing measured and currency. */
function seriesKey(category: string, q: StoredQuantity, currency: string): string {
  return [category, q.holderEntity?.id ?? '-', subjectHead(q.subject) ?? '-', currency].join('|');
}

function toUsd(
  q: StoredQuantity,
  currency: string,
  year: number | null,
  pair: { usd: StoredQuantity; link: string } | undefined,
  implied: { rate: number; local: { ref: string } }[],
): Row['usd'] {
  if (currency === 'USD') return { usd: q.value, method: 'stated', rate: null, note: 'stated in USD' };
  if (pair) {
    return { usd: pair.usd.value, method: 'paired', rate: round(q.value / pair.usd.value, 4), note: `USD figure stated beside it (${qref(pair.usd)}, link ${pair.link})` };
  }
  const others = implied.filter((r) => r.local.ref !== qref(q));
  if (others.length) {
    const rate = others.reduce((s, r) => s + r.rate, 0) / others.length;
    return { usd: round(q.value / rate, 0), method: 'implied', rate: round(rate, 4), note: `rate implied by the documents' own paired figures for ${year} (${others.map((r) => r.local.ref).join(', ')})` };
  }
  return null;
}
