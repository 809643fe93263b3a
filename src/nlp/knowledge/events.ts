// Placeholder section: its owner replaces it with a zod schema and a loader over knowledge/ files.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventLexicon {}

export function loadEvents(_knowledgeDir: string, _schemaDir: string): EventLexicon {
  return {};
}
