import { formatFactRef, type FactRef } from './views.ts';

/**
 * What the store remembers of a fact a later version of its document no longer has: enough to
 * answer an old reference (`q12`) with "removed in version N of DOCUMENT", and the fact that took
 * its place when one could be found.
 */
export interface RemovedFact {
  ref: FactRef;
  documentId: number;
  documentTitle: string;
  sourcePath: string;
  /** The version of the document that no longer has the fact. */
  removedInVersion: number;
  rule: string;
  quote: string;
  /** The live fact that took its place (successors of removed successors followed); null when none. */
  successor: FactRef | null;
}

/** How a new version's facts relate to the previous version's references. */
export interface ReferenceCounts {
  /** Previous facts whose reference the new version keeps (same rule, quote and context). */
  kept: number;
  /** Previous facts the new version does not have. */
  removed: number;
  /** Of the removed, those with a successor their reference now leads to. */
  redirected: number;
  /** Facts removed by an earlier version that this version has again, under their old reference. */
  restored: number;
}

/** One version a document has had (the text is kept for the current version only). */
export interface DocumentVersion {
  version: number;
  contentHash: string;
  title: string;
  byteSize: number;
  ingestedAt: string;
}

/** How a reference to a removed fact reads, in the CLI and the API. */
export function describeRemoval(r: RemovedFact): string {
  const what = `${formatFactRef(r.ref)} was removed in version ${r.removedInVersion} of "${r.documentTitle}" (document ${r.documentId})`;
  return r.successor ? `${what}; it was succeeded by ${formatFactRef(r.successor)}` : `${what}; nothing took its place`;
}
