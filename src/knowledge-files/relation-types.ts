import { join } from 'node:path';
import { z } from 'zod';
import { InvalidSchema } from '../model/errors.ts';
import { readJsonFile, SCHEMA_DIR } from './read-json-file.ts';

/** One relation type: what may be its subject and object, and which views read it. */
export const RelationTypeDef = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: z.string().min(1),
  description: z.string().min(1),
  subjectTypes: z.array(z.string().min(1)).min(1),
  objectTypes: z.array(z.string().min(1)).min(1),
  /** Draws the force structure: the subject is inside the object. */
  structure: z.boolean(),
  /** A person's post: the people view and the forces view's post holders read it. */
  post: z.boolean(),
});
export type RelationTypeDef = z.infer<typeof RelationTypeDef>;

const EntityTypeDef = z.object({ id: z.string().min(1) }).passthrough();

/**
 * Reads schema/relation-types.json and checks its references at start: every subject and object type
 * is an entity type of schema/entity-types.json, and no id is defined twice.
 */
export function loadRelationTypes(schemaDir = SCHEMA_DIR): Map<string, RelationTypeDef> {
  const path = join(schemaDir, 'relation-types.json');
  const types = readJsonFile(path, z.array(RelationTypeDef).min(1));
  const entityTypes = new Set(readJsonFile(join(schemaDir, 'entity-types.json'), z.array(EntityTypeDef)).map((e) => e.id));
  const byId = new Map<string, RelationTypeDef>();
  for (const t of types) {
    if (byId.has(t.id)) throw new InvalidSchema(`atlas: ${path}: relation type "${t.id}" is defined twice`);
    for (const e of [...t.subjectTypes, ...t.objectTypes]) {
      if (!entityTypes.has(e)) throw new InvalidSchema(`atlas: ${path}: relation type "${t.id}" names unknown entity type "${e}"`);
    }
    byId.set(t.id, t);
  }
  return byId;
}
