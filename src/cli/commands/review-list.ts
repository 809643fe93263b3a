import { reviewQueue } from '../../analysis/review/queue.ts';
import { reviewStats } from '../../analysis/review/stats.ts';
import { whatMatters } from '../../analysis/review/what-matters.ts';
import { InvalidInput } from '../../model/errors.ts';
import { Decision, ReviewKind, type ReviewFilter } from '../../model/review.ts';
import { formatFactRef } from '../../model/views.ts';
import { printJson, table } from '../format.ts';
import { parseIntOption, withDb } from '../open-db.ts';

const STATUSES = ['unreviewed', 'reviewed', 'orphaned', ...Decision.options] as const;

interface ListOpts { db: string; json?: boolean; status?: string; kind?: string; document?: string; limit?: string; rank?: boolean }

/** `atlas review list`: the queue of unreviewed facts (most important first), or the reviews with a status. */
export async function runReviewList(o: ListOpts): Promise<void> {
  const status = (o.status ?? 'unreviewed') as (typeof STATUSES)[number];
  if (!STATUSES.includes(status)) throw new InvalidInput(`atlas: --status is one of ${STATUSES.join(', ')}, found "${o.status}"`);
  const kind = o.kind === undefined ? undefined : ReviewKind.safeParse(o.kind).data;
  if (o.kind !== undefined && !kind) throw new InvalidInput(`atlas: --kind is one of ${ReviewKind.options.join(', ')}, found "${o.kind}"`);
  const documentId = o.document === undefined ? undefined : parseIntOption('--document', o.document, 0, 1, 2 ** 31 - 1);
  const limit = parseIntOption('--limit', o.limit, 50, 1, 100000);
  await withDb(o.db, async (store) => {
    if (status === 'unreviewed') {
      const ranks = o.rank === false ? {} : await whatMatters(store);
      const queue = await reviewQueue(store, { kind, documentId, limit, ...ranks });
      if (o.json) return printJson(queue);
      console.log(table(queue.items, [
        { header: 'fact', value: (i) => i.ref },
        { header: 'doc', value: (i) => i.documentId, right: true },
        { header: 'says', value: (i) => i.summary, max: 50 },
        { header: 'quote', value: (i) => i.quote, max: 40 },
        { header: 'rule', value: (i) => i.rule, max: 28 },
        { header: 'why first', value: (i) => i.reasons.join('; '), max: 40 },
      ]));
      console.log(`${queue.items.length} of ${queue.total} unreviewed facts`);
      return;
    }
    const filter: ReviewFilter = { kind, documentId };
    if (status === 'orphaned') filter.orphaned = true;
    else if (status !== 'reviewed') filter.decision = status;
    const reviews = (await store.reviews(filter)).slice(0, limit);
    if (o.json) return printJson(reviews);
    console.log(table(reviews, [
      { header: 'review', value: (r) => r.id, right: true },
      { header: 'fact', value: (r) => (r.factId !== null ? formatFactRef({ kind: r.kind, id: r.factId }) : r.kind) },
      { header: 'doc', value: (r) => r.anchor.documentId, right: true },
      { header: 'decision', value: (r) => r.decision },
      { header: 'values', value: (r) => (r.values ? JSON.stringify(r.values) : ''), max: 40 },
      { header: 'quote', value: (r) => r.anchor.quote, max: 40 },
      { header: 'by', value: (r) => r.reviewer, max: 16 },
      { header: 'orphaned', value: (r) => (r.orphan ? `v${r.orphan.version}: ${r.orphan.reason}` : ''), max: 60 },
    ]));
    console.log(`${reviews.length} reviews`);
  });
}

/** `atlas review stats`: decisions, orphans, and the extractor's precision by rule. */
export async function runReviewStats(o: { db: string; json?: boolean }): Promise<void> {
  await withDb(o.db, async (store) => {
    const s = reviewStats(await store.reviews({}));
    if (o.json) return printJson(s);
    const d = s.byDecision;
    console.log(`${s.reviews} reviews: ${d.confirmed} confirmed, ${d.corrected} corrected, ${d.rejected} rejected, ${d.added} added by hand; ${s.orphaned} orphaned`);
    const missed = Object.entries(s.addedByKind).map(([k, n]) => `${n} ${k}`).join(', ');
    if (missed) console.log(`missed by the extractor (added by hand): ${missed}`);
    if (s.byRule.length === 0) return;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    console.log(table(s.byRule, [
      { header: 'rule', value: (r) => r.rule, max: 40 },
      { header: 'confirmed', value: (r) => r.confirmed, right: true },
      { header: 'corrected', value: (r) => r.corrected, right: true },
      { header: 'rejected', value: (r) => r.rejected, right: true },
      { header: 'precision', value: (r) => pct(r.precision), right: true },
      { header: 'found', value: (r) => pct(r.found), right: true },
    ]));
  });
}
