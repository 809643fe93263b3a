import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

/** A model or family of equipment with its other names (NATO reporting names, variants). */
export const EquipmentItem = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  role: z.string().min(1),
  /** ISO2 of the designing country; SU = Soviet design, EU = multinational European. */
  origin: z.string().min(2),
  family: z.string().nullable().default(null),
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

/** A designation shape: `regex` group 1 is the family prefix, group 2 the model; `sep` joins them in the canonical form. */
export const EquipmentPattern = z.object({
  id: z.string().min(1),
  regex: z.string().min(1),
  sep: z.string(),
  prefix: z.string(),
  role: z.string().min(1),
  origin: z.string().min(2),
});
export type EquipmentPattern = z.infer<typeof EquipmentPattern>;

export interface EquipmentCatalog {
  items: EquipmentItem[];
  patterns: EquipmentPattern[];
}

export function loadEquipment(knowledgeDir: string, _schemaDir: string): EquipmentCatalog {
  const items = readJsonFile(`${knowledgeDir}/equipment.json`, z.object({ items: z.array(EquipmentItem) })).items;
  const patterns = readJsonFile(`${knowledgeDir}/equipment-patterns.json`, z.object({ patterns: z.array(EquipmentPattern) })).patterns;
  const ids = new Set<string>();
  for (const it of items) {
    if (ids.has(it.id)) throw new InvalidSchema(`atlas: duplicate equipment id "${it.id}" in ${knowledgeDir}/equipment.json`);
    ids.add(it.id);
  }
  for (const p of patterns) {
    try {
      new RegExp(p.regex, 'u');
    } catch (e) {
      throw new InvalidSchema(`atlas: ${knowledgeDir}/equipment-patterns.json: pattern ${p.id}: invalid regex: ${(e as Error).message}`);
    }
  }
  return { items, patterns };
}
