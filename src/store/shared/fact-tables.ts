/** The table each kind of fact lives in. */
export const FACT_TABLES = { mention: 'mentions', quantity: 'quantities', event: 'events', relation: 'relations', claim: 'claims' } as const;
