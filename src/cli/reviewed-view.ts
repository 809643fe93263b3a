import { reviewedOnlyStore } from '../analysis/context/reviewed-store.ts';
import { describeCoverage, reviewCoverage, type ReviewCoverage } from '../analysis/review/coverage.ts';
import type { AtlasStore } from '../store/store.ts';

/**
 * Runs a view over all facts or (`--reviewed-only`) over reviewed facts only, and says how many of
 * the facts it shows are reviewed: on stderr beside the text, as `review` in --json output.
 */
export async function runReviewedView<T>(store: AtlasStore, reviewedOnly: boolean | undefined, run: (s: AtlasStore) => Promise<T>): Promise<{ view: T; coverage: ReviewCoverage }> {
  const source = reviewedOnly ? await reviewedOnlyStore(store) : store;
  const view = await run(source);
  return { view, coverage: reviewCoverage(view, await store.reviews({ orphaned: false }), Boolean(reviewedOnly)) };
}

export function printCoverage(c: ReviewCoverage): void {
  console.log(`\n${describeCoverage(c)}`);
}

export function withCoverage(view: unknown, c: ReviewCoverage): unknown {
  return view && typeof view === 'object' && !Array.isArray(view) ? { ...view, review: c } : { view, review: c };
}
