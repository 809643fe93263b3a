import type { StoredQuantity } from '../../model/views.ts';
import { findCurrencyPairs, type CurrencyPair } from '../common/fx.ts';
import type { LinkIndex } from '../context/links.ts';
import { fmt, type LazyDraft, type RuleResult } from './finding.ts';

/**
 * Rule fx-rate-conflict: two local/USD pairs of one currency that imply rates too far apart, when
 * they should share a rate: the same year, or the same sentence (a writer converts one sentence's
 * figures at one rate), or the same document with neither pair dated.
 */
export function checkFxRates(quantities: StoredQuantity[], links: LinkIndex, relTol: number): RuleResult<LazyDraft> {
  return checkFxPairs(findCurrencyPairs(quantities.filter((q) => q.kind === 'money'), links), relTol);
}

/** The rule over pairs already found (in the store's order of their links). */
export function checkFxPairs(pairs: readonly CurrencyPair[], relTol: number): RuleResult<LazyDraft> {
  const drafts: LazyDraft[] = [];
  let checked = 0;
  // Pairs can share a rate only within a currency and a sentence, a year, or an undated document:
  // grouped by those first, so the corpus is not paired with itself.
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const c = p.rate.currency;
    const keys = [`${c}|s|${p.local.documentId}|${p.local.sentence}`];
    if (p.rate.year !== null) keys.push(`${c}|y|${p.rate.year}`);
    else keys.push(`${c}|d|${p.local.documentId}`);
    for (const k of keys) {
      const ids = groups.get(k);
      if (ids) ids.push(i);
      else groups.set(k, [i]);
    }
  });
  // A pair of pairs in two groups (one sentence and one year) is compared once; a number per pair, not a string.
  const compared = new Set<number>();
  for (const ids of groups.values()) for (let x = 0; x < ids.length; x++) {
    for (let y = x + 1; y < ids.length; y++) {
      const [i, j] = [ids[x]!, ids[y]!];
      const k = i * pairs.length + j;
      if (compared.has(k)) continue;
      compared.add(k);
      const [pa, pb] = [pairs[i]!, pairs[j]!];
      const why = comparableBecause(pa, pb);
      if (!why) continue;
      checked++;
      const [a, b] = [pa.rate, pb.rate];
      const gap = Math.max(a.rate, b.rate) / Math.min(a.rate, b.rate) - 1;
      // "about $560" may be 555..565: the rates' own rounding must not make a conflict.
      if (gap <= relTol + roundingSlack(pa) + roundingSlack(pb)) continue;
      drafts.push({ size: gap / (1 + gap), build: () => ({
        rule: 'fx-rate-conflict',
        message: `two ${a.currency}/USD pairs ${why} imply rates ${fmt(a.rate)} and ${fmt(b.rate)} ${a.currency} per USD`,
        arithmetic: `${fmt(pa.local.value)} / ${fmt(pa.usd.value)} = ${fmt(a.rate)}; ${fmt(pb.local.value)} / ${fmt(pb.usd.value)} = ${fmt(b.rate)}; gap ${fmt(gap * 100)}% > ${fmt(relTol * 100)}%`,
        sources: [a.local, a.usd, b.local, b.usd],
        size: gap / (1 + gap),
        links: [pa.link, pb.link],
      }) });
    }
  }
  return { rule: 'fx-rate-conflict', checked, drafts };
}

function comparableBecause(a: CurrencyPair, b: CurrencyPair): string | null {
  if (a.rate.currency !== b.rate.currency) return null;
  const sameDoc = a.local.documentId === b.local.documentId;
  if (sameDoc && a.local.sentence === b.local.sentence) return 'in one sentence';
  if (a.rate.year !== null && a.rate.year === b.rate.year) return `for ${a.rate.year}`;
  if (sameDoc && a.rate.year === null && b.rate.year === null) return 'in one document (both undated)';
  return null;
}

/** Relative uncertainty of a pair's rate from an approximate USD figure ("about $560": ±half a unit of its last digit). */
function roundingSlack(p: CurrencyPair): number {
  if (p.usd.qualifier === 'exact' || p.usd.value <= 0) return 0;
  const v = p.usd.value;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(v)) - 1);
  return step / 2 / v;
}
