// Placeholder section: its owner replaces it with a zod schema and a loader over knowledge/ files.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Gazetteer {}

export function loadGazetteer(_knowledgeDir: string, _schemaDir: string): Gazetteer {
  return {};
}
