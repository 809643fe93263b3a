import { labelPartialDate, yearOf } from '../../model/date.ts';
import { foldName } from '../../model/names.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { allowedInterval, overlaps } from '../common/intervals.ts';
import { sourceOf } from '../context/sources.ts';
import type { LinkIndex } from '../context/links.ts';
import { fmt, relativeGap, type Draft, type RuleResult } from './finding.ts';

const MAX_PER_SUBJECT = 5;

/**
 * Rule quantity-conflict: the same figure (same kind, unit, subject, holder, status, year) stated
 * with values no qualifier reconciles, in two different sentences. Undated figures are compared only
 * when both subject and holder are resolved entities, so generic nouns ("officers") never collide.
 */
export function checkQuantityConflicts(quantities: StoredQuantity[], relTol: number, links?: LinkIndex): RuleResult {
  const drafts: Draft[] = [];
  let checked = 0;
  const keyed = quantities.filter((q) => q.subject || q.subjectEntity).filter((q) => {
    if (q.date) return q.date.precision !== 'decade' && q.date.precision !== 'interval';
    return q.subjectEntity !== null && q.holderEntity !== null;
  });
  const key = (q: StoredQuantity) => [
    q.kind, q.unit ?? '', q.subjectEntity ? `#${q.subjectEntity.id}` : foldName(q.subject ?? ''),
    q.holderEntity ? `#${q.holderEntity.id}` : foldName(q.holder ?? ''), foldName(q.status ?? ''), q.date ? yearOf(q.date) : 'undated',
  ].join('|');
  for (const list of groupBy(keyed, key).values()) {
    let found = 0;
    for (let i = 0; i < list.length && found < MAX_PER_SUBJECT; i++) {
      for (let j = i + 1; j < list.length && found < MAX_PER_SUBJECT; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.documentId === b.documentId && a.sentence === b.sentence) continue;
        checked++;
        if (overlaps(allowedInterval(a), allowedInterval(b), relTol)) continue;
        found++;
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
  }
  return { rule: 'quantity-conflict', checked, drafts };
}

function describe(q: StoredQuantity): string {
  const qual = q.qualifier === 'exact' ? '' : `${q.qualifier.replace('_', ' ')} `;
  return `${qual}${fmt(q.value)}${q.unit ? ` ${q.unit}` : ''}`;
}
