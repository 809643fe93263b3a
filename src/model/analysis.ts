/**
 * Output shapes of the analysis views (src/analysis), shared by the CLI, the API and the web UI.
 * Every row points at the facts it was built from (FactSource) so a reader can open the sentence.
 */
export * from './view-parts.ts';
export * from './views-establishment.ts';
export * from './views-relations.ts';
export * from './views-evidence.ts';
