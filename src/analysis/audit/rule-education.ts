import type { EducationView, Figure } from '../../model/analysis.ts';
import { foldName } from '../../model/names.ts';
import { groupBy, round } from '../common/counts.ts';
import { allowedInterval, overlaps } from '../common/intervals.ts';
import type { LinkIndex } from '../context/links.ts';
import { fmt, relativeGap, type Draft, type RuleResult } from './finding.ts';

interface Cohort { figure: Figure; destination: { id: number; name: string } }

/**
 * Rule quantity-conflict (populations): one document gives two sizes for the same population of
 * people educated in one named place ("250 officers educated in X" and "about 400 officers trained
 * in X"): same destination, same counted noun, values no qualifier reconciles. Yearly flows and
 * outcome figures ("110 of them resigned") are not populations and stay out.
 */
export function checkPopulations(views: EducationView[], links: LinkIndex, relTol: number): RuleResult {
  const drafts: Draft[] = [];
  let checked = 0;
  const outcomeRefs = new Set(views.flatMap((v) => v.outcomes.map((o) => o.outcome.source.ref)));
  const seen = new Set<string>();
  const cohorts: Cohort[] = [];
  for (const v of views) {
    for (const f of [...v.flows.map((x) => ({ figure: x.figure, destination: x.destination })), ...v.outcomes.map((o) => ({ figure: o.cohort, destination: o.destination }))]) {
      if (!f.destination || outcomeRefs.has(f.figure.source.ref) || seen.has(f.figure.source.ref)) continue;
      if (links.has('quantity', f.figure.source.id, 'per_period')) continue;
      seen.add(f.figure.source.ref);
      cohorts.push({ figure: f.figure, destination: f.destination });
    }
  }
  // Only cohorts of one destination, document and noun are compared: grouped first, not paired across the corpus.
  for (const group of groupBy(cohorts, (c) => `${c.destination.id}|${c.figure.source.documentId}|${noun(c.figure)}`).values()) for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      const [a, b] = [group[i], group[j]];
      // Two intakes dated apart are two populations; an undated total and a dated one are not.
      if (a.figure.date && b.figure.date && a.figure.date.start !== b.figure.date.start) continue;
      checked++;
      if (overlaps(allowedInterval(a.figure), allowedInterval(b.figure), relTol)) continue;
      const [lo, hi] = a.figure.value <= b.figure.value ? [a.figure, b.figure] : [b.figure, a.figure];
      drafts.push({
        rule: 'quantity-conflict',
        message: `${a.figure.unit ?? 'people'} educated in ${a.destination.name}: the same population is given as ${describe(a.figure)} and as ${describe(b.figure)}`,
        arithmetic: `${fmt(hi.value)} − ${fmt(lo.value)} = ${fmt(hi.value - lo.value)} (${fmt(((hi.value - lo.value) / hi.value) * 100)}% of the larger)${hi.dateLabel && !lo.dateLabel ? `; the ${hi.dateLabel} figure alone already exceeds the undated total` : ''}`,
        sources: [a.figure.source, b.figure.source],
        size: relativeGap(a.figure.value, b.figure.value),
      });
    }
  }
  return { rule: 'quantity-conflict', checked, drafts };
}

/**
 * Rule ratio-vs-figures (shares): a stated share of those trained who stay ("only one-third
 * continue") or leave, against the share the same document's cohort figures give ("of the 250,
 * 110 resigned"), pooled over its cohorts. Flags when the pooled share lies outside the stated
 * one by more than `points` percentage points.
 */
export function checkSharesVsOutcomes(views: EducationView[], links: LinkIndex, points: number): RuleResult {
  const drafts: Draft[] = [];
  let checked = 0;
  for (const v of views) {
    for (const share of v.statedShares) {
      const kind = links.cue('quantity', share.source.id, 'outcome_kind')?.value ?? null;
      const outcomes = v.outcomes.filter((o) => o.cohort.source.documentId === share.source.documentId && o.destination);
      if (!kind || !outcomes.length) continue;
      checked++;
      const cohort = outcomes.reduce((s, o) => s + o.cohort.value, 0);
      const left = outcomes.reduce((s, o) => s + (o.kind === 'attrition' ? o.outcome.value : o.cohort.value - o.outcome.value), 0);
      const actual = round(((kind === 'attrition' ? left : cohort - left) / cohort) * 100, 1);
      const [lo, hi] = allowedInterval(share, 0.1);
      if (actual >= lo - points && actual <= hi + points) continue;
      const terms = outcomes.map((o) => `${o.kind === 'attrition' ? `${fmt(o.cohort.value)} − ${fmt(o.outcome.value)}` : fmt(o.outcome.value)} of ${fmt(o.cohort.value)} stayed (${o.destination!.name})`);
      drafts.push({
        rule: 'ratio-vs-figures',
        message: `about ${fmt(share.value)} percent of those trained are said to ${kind === 'retention' ? 'stay' : 'leave'}, but the document's cohort figures give ${fmt(actual)} percent`,
        arithmetic: `${terms.join('; ')}; pooled ${kind === 'retention' ? 'retention' : 'attrition'} = ${fmt(kind === 'attrition' ? left : cohort - left)} / ${fmt(cohort)} × 100 = ${fmt(actual)}% vs stated ${fmt(share.value)}% (tolerance ${fmt(points)} points)`,
        sources: [share.source, ...outcomes.flatMap((o) => [o.cohort.source, o.outcome.source])],
        size: Math.abs(actual - share.value) / 100,
      });
    }
  }
  return { rule: 'ratio-vs-figures', checked, drafts };
}

const noun = (f: Figure) => foldName(f.unit ?? '').replace(/(?<=[a-z]{2})s$/, '');

function describe(f: Figure): string {
  const qual = f.qualifier === 'exact' ? '' : `${f.qualifier.replace('_', ' ')} `;
  return `${qual}${fmt(f.value)}${f.dateLabel ? ` (${f.dateLabel})` : ''}`;
}
