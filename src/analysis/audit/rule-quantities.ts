import { labelPartialDate, yearOf } from '../../model/date.ts';
import { foldName } from '../../model/names.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { allowedInterval } from '../common/intervals.ts';
import { sourceOf } from '../context/sources.ts';
import type { LinkIndex } from '../context/links.ts';
import { fmt, relativeGap, type Draft, type RuleResult } from './finding.ts';

const MAX_PER_SUBJECT = 5;

/**
 * Rule quantity-conflict: the same figure (same kind, unit, subject, holder, status, year) stated
 * with values no qualifier reconciles, in two different sentences. Undated figures are compared only
 * when both subject and holder are resolved entities, so generic nouns ("officers") never collide.
 */
export function checkQuantityConflicts(
  quantities: StoredQuantity[], relTol: number, links?: LinkIndex, keys: Map<number, string> = measureKeys(quantities),
): RuleResult {
  const drafts: Draft[] = [];
  let checked = 0;
  const keyed = quantities.filter((q) => keys.has(q.id));
  for (const list of groupBy(keyed, (q) => keys.get(q.id)!).values()) {
    const pairs = conflictingPairs(distinctStatements(list), relTol, MAX_PER_SUBJECT);
    checked += pairs.compared;
    for (const [a, b] of pairs.found) {
      const what = [a.subject ?? a.subjectEntity?.name, a.holder ?? a.holderEntity?.name].filter(Boolean).join(' of ');
      drafts.push({
        rule: 'quantity-conflict',
        message: `${what}${a.date ? ` (${labelPartialDate(a.date)})` : ''} is given as ${describe(a)} and as ${describe(b)}`,
        arithmetic: `${fmt(a.value)} vs ${fmt(b.value)}: difference ${fmt(Math.abs(a.value - b.value))} (${fmt((Math.abs(a.value - b.value) / Math.max(a.value, b.value)) * 100)}%)`,
        sources: [sourceOf('quantity', a), sourceOf('quantity', b)],
        size: relativeGap(a.value, b.value),
      });
    }
  }
  return { rule: 'quantity-conflict', checked, drafts };
}

/** The measure each comparable figure states (kind, unit, subject, holder, status, year), from the figure alone. */
export function measureKeys(quantities: StoredQuantity[]): Map<number, string> {
  const keyed = quantities.filter((q) => q.subject || q.subjectEntity).filter((q) => {
    if (q.date) return q.date.precision !== 'decade' && q.date.precision !== 'interval';
    return q.subjectEntity !== null && q.holderEntity !== null;
  });
  return new Map(keyed.map((q) => [q.id, [
    q.kind, q.unit ?? '', q.subjectEntity ? `#${q.subjectEntity.id}` : foldName(q.subject ?? ''),
    q.holderEntity ? `#${q.holderEntity.id}` : foldName(q.holder ?? ''), foldName(q.status ?? ''), q.date ? yearOf(q.date) : 'undated',
  ].join('|')]));
}

function describe(q: StoredQuantity): string {
  const qual = q.qualifier === 'exact' ? '' : `${q.qualifier.replace('_', ' ')} `;
  return `${qual}${fmt(q.value)}${q.unit ? ` ${q.unit}` : ''}`;
}

/** One statement per document and value as stated (the first one): a figure a document repeats is one claim there. */
function distinctStatements(list: readonly StoredQuantity[]): StoredQuantity[] {
  const seen = new Set<string>();
  return list.filter((q) => {
    const k = `${q.documentId}|${q.qualifier}|${q.value}|${q.low}|${q.high}`;
    return !seen.has(k) && !!seen.add(k);
  });
}

/**
 * Up to `max` pairs of statements whose allowed values cannot meet, found in n log n: sorted by the
 * top of what each allows and by the bottom, the lowest tops are set against the highest bottoms, and
 * a top that meets the highest bottom ends the search (every later top is higher still).
 */
function conflictingPairs(list: readonly StoredQuantity[], relTol: number, max: number): { found: [StoredQuantity, StoredQuantity][]; compared: number } {
  const slack = (x: number) => Math.abs(x) * relTol;
  const items = list.map((q) => {
    const [lo, hi] = allowedInterval(q);
    return { q, top: hi + slack(hi), bottom: lo - slack(lo) };
  });
  const byTop = [...items].sort((a, b) => a.top - b.top);
  const byBottom = [...items].sort((a, b) => b.bottom - a.bottom);
  const found: [StoredQuantity, StoredQuantity][] = [];
  let compared = Math.max(0, items.length - 1);
  for (const low of byTop) {
    if (found.length >= max || !(low.top < byBottom[0]!.bottom)) break;
    for (const high of byBottom) {
      if (found.length >= max || !(low.top < high.bottom)) break;
      compared++;
      if (low.q.documentId === high.q.documentId && low.q.sentence === high.q.sentence) continue;
      found.push(low.q.id < high.q.id ? [low.q, high.q] : [high.q, low.q]);
    }
  }
  return { found, compared };
}
