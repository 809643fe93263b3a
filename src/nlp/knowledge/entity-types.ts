import { z } from 'zod';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

export const EntityTypeDef = z.object({
  id: z.string().regex(/^[A-Z_]+$/),
  label: z.string(),
  description: z.string(),
  /** Colour key used by the web reader. */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
});
export type EntityTypeDef = z.infer<typeof EntityTypeDef>;

export function loadEntityTypes(schemaDir: string): EntityTypeDef[] {
  return readJsonFile(`${schemaDir}/entity-types.json`, z.array(EntityTypeDef));
}
