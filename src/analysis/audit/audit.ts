import { perDocumentDerivation } from '../context/derivations.ts';
import type { AuditView } from '../../model/analysis.ts';
import type { AtlasStore } from '../../store/store.ts';
import { DisplayText } from '../context/display-text.ts';
import { groupBy } from '../common/counts.ts';
import { built, toFinding, type Draft, type LazyDraft } from './finding.ts';
import { checkEventDates, eventTraits } from './rule-event-dates.ts';
import { checkFxPairs } from './rule-fx.ts';
import { findCurrencyPairs } from '../common/fx.ts';
import { LinkIndex } from '../context/links.ts';
import { checkQuantityConflicts, measureKeys } from './rule-quantities.ts';
import { joinRatioParts, ratioParts } from './rule-ratios.ts';
import { checkPopulations, checkSharesVsOutcomes } from './rule-education.ts';
import { educationOf } from '../views/education.ts';
import { loadContext } from '../context/context.ts';
import { primaryCountries } from '../context/scope.ts';
import { checkTotals } from './rule-totals.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** How many findings the audit lists, largest first (it counts them all). */
export const MAX_AUDIT_FINDINGS = 500;

export const AUDIT_TOLERANCES = {
  /** Rule ratio-vs-figures: relative gap allowed between a stated multiple and the figures' ratio. */
  foldRelative: 0.25,
  /** Rule ratio-vs-figures: percentage points allowed between a stated and a computed percentage. */
  percentPoints: 2,
  /** Rule fx-rate-conflict: relative gap allowed between two implied rates of one currency and year. */
  fxRelative: 0.15,
  /** Rule quantity-conflict: relative slack on the ends of each figure's allowed interval. */
  quantityRelative: 0.005,
  /** Rule event-date-conflict: title word overlap (Jaccard) from which two events are one happening. */
  titleSimilarity: 0.6,
  /** Rule ratio-vs-figures (shares): percentage points allowed between a stated share of those trained who stay or leave and the share its cohorts give. */
  sharePoints: 10,
};

/**
 * Figures and dates in the atlas that disagree with each other, each finding with both quotes, the
 * arithmetic and its rule id. Facts that agree produce nothing.
 */
export async function auditView(store: AtlasStore): Promise<AuditView> {
  const t = AUDIT_TOLERANCES;
  // Education figures are read per country the documents are about (the view decides who is whose).
  const ctx = await loadContext(store);
  const [quantities, events] = await Promise.all([ctx.loads.quantities(), ctx.loads.events()]);
  const links = ctx.links;
  const countries = [...new Set((await primaryCountries(ctx)).values())].filter((k): k is string => !!k);
  const education = await Promise.all(countries.map((c) => educationOf(ctx, c)));
  // What one document decides alone (its totals, stated ratios, currency pairs) is derived once per document version.
  const perDocument = await ctx.loads.perDocument(AUDIT_PARTS);
  const results = [
    { rule: 'total-vs-parts' as const, checked: sum(perDocument.map((r) => r.totals.checked)), drafts: perDocument.flatMap((r) => r.totals.drafts) },
    joinRatioParts(perDocument.map((r) => r.ratios)),
    checkFxPairs(perDocument.flatMap((r) => r.pairs), t.fxRelative),
    checkEventDates(events, links, t.titleSimilarity, new Map(perDocument.flatMap((r) => [...r.events]))),
    checkQuantityConflicts(quantities, t.quantityRelative, links, new Map(perDocument.flatMap((r) => [...r.measures]))),
    checkPopulations(education, links, t.quantityRelative),
    checkSharesVsOutcomes(education, links, t.sharePoints),
  ];
  // Largest disagreements first; a rule that gives no size keeps its place after the sized ones.
  const drafts = results.flatMap((r): (Draft | LazyDraft)[] => r.drafts);
  // A large corpus can disagree with itself many thousand times: the largest disagreements are listed (and only they written), all are counted.
  const listed = largest(drafts, MAX_AUDIT_FINDINGS).map(built);
  const display = await new DisplayText(store).load(listed.flatMap((d) => d.sources));
  let n = 0;
  return {
    findings: listed.map((d) => toFinding(d, ++n, display)),
    total: drafts.length,
    checked: [...groupBy(results, (r) => r.rule)].map(([rule, list]) => ({ rule, count: list.reduce((s, r) => s + r.checked, 0) })),
    tolerances: { ...t },
  };
}

/** The first `n` drafts by size (largest first, unsized last), ties in their order: a sort of the indexes by typed keys. */
function largest(drafts: readonly (Draft | LazyDraft)[], n: number): (Draft | LazyDraft)[] {
  const size = Float64Array.from(drafts, (d) => d.size ?? -1);
  const order = Uint32Array.from(drafts.keys()).sort((a, b) => size[b]! - size[a]! || a - b);
  return Array.from(order.subarray(0, n), (i) => drafts[i]!);
}

const AUDIT_PARTS = perDocumentDerivation('audit', (d) => {
  const own = new LinkIndex(d.links);
  return {
    totals: checkTotals(d.quantities, own),
    ratios: ratioParts(d.quantities, own, AUDIT_TOLERANCES),
    pairs: findCurrencyPairs(d.quantities.filter((q) => q.kind === 'money'), own),
    events: eventTraits(d.events, own),
    measures: measureKeys(d.quantities),
  };
});
