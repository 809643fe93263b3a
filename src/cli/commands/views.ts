import { computeJson, parseParams, viewDefinition } from '../../analysis/index.ts';
import { printJson } from '../format.ts';
import { withDb } from '../open-db.ts';

/**
 * Runs one registered view: validates its parameters with the view's schema (the API's), then prints
 * the view's JSON (what the API answers) or its terminal rendering.
 */
export async function runView(id: string, params: Record<string, unknown>, opts: { db: string; json?: boolean }): Promise<void> {
  const def = viewDefinition(id);
  // Parameters are checked before the database is opened: a typo is not a missing-database error.
  const parsed = parseParams(def, params);
  await withDb(opts.db, async (store) => {
    if (opts.json) printJson(await computeJson(def, store, params));
    else console.log(def.render(await def.compute(store, parsed)));
  });
}
