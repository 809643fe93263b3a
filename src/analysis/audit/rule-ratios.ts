import type { StoredLink } from '../../model/links.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { allowedInterval } from '../common/intervals.ts';
import { lref, type LinkIndex } from '../context/links.ts';
import { sourceOf } from '../context/sources.ts';
import { fmt, type Draft, type RuleResult } from './finding.ts';

export interface RatioTolerances {
  /** Allowed relative gap between a stated multiple ("100-fold") and the figures' ratio. */
  foldRelative: number;
  /** Allowed gap, in percentage points, between a stated percentage and the one its figures give. */
  percentPoints: number;
}

/**
 * Rule ratio-vs-figures: a stated multiple ("doubled", "100-fold") or percentage that the figures it
 * describes do not bear out. Reads the extraction's links only: multiple_of (the later figure → the
 * earlier, the stated factor as number), share_of with part_of (a percentage attached to a part of a
 * base), change_of (a stated percentage change → the "from" figure of a before_after pair).
 */
export function checkRatios(quantities: StoredQuantity[], links: LinkIndex, tol: RatioTolerances): RuleResult {
  return joinRatioParts([ratioParts(quantities, links, tol)]);
}

/** The rule's findings in its three parts (multiples, shares, changes): documents' parts join into the whole rule's, part by part. */
export interface RatioParts { checked: number; parts: [Draft[], Draft[], Draft[]] }

export function joinRatioParts(list: readonly RatioParts[]): RuleResult {
  const drafts = [0, 1, 2].flatMap((i) => list.flatMap((r) => r.parts[i]!));
  return { rule: 'ratio-vs-figures', checked: list.reduce((s, r) => s + r.checked, 0), drafts };
}

export function ratioParts(quantities: StoredQuantity[], links: LinkIndex, tol: RatioTolerances): RatioParts {
  const byId = new Map(quantities.map((q) => [q.id, q]));
  const get = (l: StoredLink, end: 'from' | 'to') => (l[end] ? byId.get(l[end]!.id) : undefined);
  const parts: RatioParts['parts'] = [[], [], []];
  let drafts = parts[0];
  let checked = 0;

  for (const l of links.ofType('multiple_of')) {
    const [y, x] = [get(l, 'from'), get(l, 'to')];
    if (!x || !y || x.value <= 0 || y.value <= 0 || l.number === null) continue;
    checked++;
    const ordered = l.rule === 'links.stated-multiple';
    const actual = ordered ? y.value / x.value : Math.max(x.value, y.value) / Math.min(x.value, y.value);
    const stated = ordered || l.number >= 1 ? l.number : 1 / l.number;
    const off = Math.abs(actual / stated - 1);
    if (off <= tol.foldRelative) continue;
    const foldFigure = l.value?.startsWith('q:') ? null : l.value;
    drafts.push({
      rule: 'ratio-vs-figures',
      message: `"${foldFigure ?? `${fmt(l.number)}-fold`}" stated, but the figures give a ${fmt(actual)}-fold change`,
      arithmetic: `${fmt(y.value)} / ${fmt(x.value)} = ${fmt(actual)} vs stated ${fmt(stated)} (off by ${fmt(off * 100)}% > ${fmt(tol.foldRelative * 100)}%)`,
      sources: [sourceOf('link', l), sourceOf('quantity', x), sourceOf('quantity', y)],
      size: off / (1 + off),
      links: [lref(l)],
    });
  }

  drafts = parts[1];
  for (const l of links.ofType('share_of')) {
    const [p, part] = [get(l, 'from'), get(l, 'to')];
    const baseLink = part && links.from('quantity', part.id, 'part_of').find((b) => b.value === 'share');
    const base = baseLink && get(baseLink, 'to');
    if (!p || !part || !base || base.value <= 0) continue;
    checked++;
    checkPercent(drafts, p, (part.value / base.value) * 100, `${fmt(part.value)} / ${fmt(base.value)} × 100`, [part, base], tol, [l, baseLink]);
  }

  drafts = parts[2];
  for (const l of links.ofType('change_of')) {
    const [p, x] = [get(l, 'from'), get(l, 'to')];
    const pair = x && links.from('quantity', x.id, 'before_after')[0];
    const y = pair && get(pair, 'to');
    if (!p || !x || !y || x.value <= 0) continue;
    checked++;
    const change = Math.abs((y.value - x.value) / x.value) * 100;
    checkPercent(drafts, p, change, `|${fmt(y.value)} − ${fmt(x.value)}| / ${fmt(x.value)} × 100`, [x, y], tol, [l, pair]);
  }
  return { checked, parts };
}

function checkPercent(drafts: Draft[], p: StoredQuantity, actual: number, formula: string, figures: StoredQuantity[], tol: RatioTolerances, used: StoredLink[]): void {
  const [lo, hi] = allowedInterval(p, 0.05);
  if (actual >= lo - tol.percentPoints && actual <= hi + tol.percentPoints) return;
  drafts.push({
    rule: 'ratio-vs-figures',
    message: `${fmt(p.value)} percent stated, but the figures give ${fmt(actual)} percent`,
    arithmetic: `${formula} = ${fmt(actual)}% vs stated ${fmt(p.value)}% (tolerance ${fmt(tol.percentPoints)} points)`,
    sources: [sourceOf('quantity', p), ...figures.map((f) => sourceOf('quantity', f))],
    size: Math.min(1, Math.abs(actual - p.value) / Math.max(actual, p.value, 1)),
    links: used.map(lref),
  });
}
