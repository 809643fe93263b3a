import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR, SCHEMA_DIR } from '../../knowledge-files/read-json-file.ts';
import type { Knowledge } from './knowledge.ts';
import { loadEntityTypes } from './entity-types.ts';
import { loadGazetteer } from './gazetteer.ts';
import { loadEquipment } from './equipment.ts';
import { loadNumbers } from './numbers.ts';
import { loadEvents } from './events.ts';
import { loadPage } from './page.ts';
import { loadPlaceHeads } from './place-heads.ts';

export { KNOWLEDGE_DIR, SCHEMA_DIR };

let cached: Knowledge | null = null;

/** Loads (once per process) and validates all knowledge and schema files. */
export function loadKnowledge(dirs: { knowledge?: string; schema?: string } = {}): Knowledge {
  const custom = dirs.knowledge || dirs.schema;
  if (cached && !custom) return cached;
  const knowledgeDir = dirs.knowledge ?? KNOWLEDGE_DIR;
  const schemaDir = dirs.schema ?? SCHEMA_DIR;
  const kb: Knowledge = {
    version: hashFiles([knowledgeDir, schemaDir]),
    entityTypes: loadEntityTypes(schemaDir),
    gazetteer: loadGazetteer(knowledgeDir, schemaDir),
    equipment: loadEquipment(knowledgeDir, schemaDir),
    numbers: loadNumbers(knowledgeDir, schemaDir),
    events: loadEvents(knowledgeDir, schemaDir),
    page: loadPage(knowledgeDir),
    placeHeads: loadPlaceHeads(knowledgeDir),
  };
  if (!custom) cached = kb;
  return kb;
}

function hashFiles(dirs: string[]): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) h.update(name).update(readFileSync(p));
    }
  };
  dirs.forEach(walk);
  return h.digest('hex').slice(0, 16);
}
