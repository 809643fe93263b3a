import { expect } from 'vitest';
import { parseParams, VIEWS } from '../../../src/analysis/index.ts';
import type { AtlasStore } from '../../../src/store/store.ts';

/**
 * Every registered view (with its catalog example) matches its output schema, and parsing it through
 * the schema changes no byte of its JSON: the API and CLI send views as computed, without that parse.
 */
export async function expectViewsSerializedAsSchemas(store: AtlasStore, ledgerSubject: string): Promise<void> {
  const differ: string[] = [];
  for (const def of VIEWS) {
    // The catalog's examples name the API fixture's country; here every view takes its defaults.
    const raw = def.entry.id === 'ledger' ? { subject: ledgerSubject } : {};
    const view = await def.compute(store, parseParams(def, raw));
    const parsed = def.output.safeParse(view);
    expect(parsed.error, def.entry.id).toBeUndefined();
    if (JSON.stringify(view) !== JSON.stringify(parsed.data)) differ.push(def.entry.id);
  }
  expect(differ).toEqual([]);
}
