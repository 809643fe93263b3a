/** The table each kind of fact lives in. */
export const FACT_TABLES = { mention: 'mentions', quantity: 'quantities', event: 'events', relation: 'relations', claim: 'claims' } as const;

/** The kinds of fact whose references survive new versions (links are re-derived with each version). */
export type AnchoredKind = keyof typeof FACT_TABLES;
export const isAnchoredKind = (k: string): k is AnchoredKind => k in FACT_TABLES;
