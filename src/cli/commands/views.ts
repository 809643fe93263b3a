import { computeJson, parseParams, viewDefinition } from '../../analysis/index.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';
import { printCoverage, runReviewedView, withCoverage } from '../reviewed-view.ts';

/**
 * Runs one registered view: validates its parameters with the view's schema (the API's), then prints
 * the view's JSON (what the API answers) or its terminal rendering.
 */
export async function runView(id: string, params: Record<string, unknown>, opts: { db: string; json?: boolean; reviewedOnly?: boolean }): Promise<void> {
  const def = viewDefinition(id);
  // Parameters are checked before the database is opened: a typo is not a missing-database error.
  const parsed = parseParams(def, params);
  await withDb(opts.db, async (store) => {
    if (opts.json) {
      const { view, coverage } = await runReviewedView(store, opts.reviewedOnly, (s) => computeJson(def, s, params));
      // Over all facts the JSON is exactly the API's (which tells the coverage in a header); limited to
      // reviewed facts it says how many are reviewed.
      printJson(opts.reviewedOnly ? withCoverage(view, coverage) : view);
    } else {
      const { view, coverage } = await runReviewedView(store, opts.reviewedOnly, (s) => def.compute(s, parsed));
      console.log(def.render(view));
      printCoverage(coverage);
    }
  });
}
