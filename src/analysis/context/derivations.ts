import type { DocumentFacts } from './fact-snapshot.ts';

/**
 * What an analysis derives from one document alone, kept per document version by the server's fact
 * snapshot (FactLoads.perDocument). `derive` may read only the document's facts (and the links
 * of those facts, which its document holds) and fixed knowledge. Every derivation is listed here
 * as its module is loaded, so the server can derive them all after its warm-up, before a visitor asks.
 */
export interface Derivation<R> { key: string; derive: (d: DocumentFacts) => R }

const registry: Derivation<unknown>[] = [];

export function perDocumentDerivation<R>(key: string, derive: (d: DocumentFacts) => R): Derivation<R> {
  const d = { key, derive };
  registry.push(d);
  return d;
}

export function registeredDerivations(): readonly Derivation<unknown>[] {
  return registry;
}
