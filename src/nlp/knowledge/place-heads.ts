import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

const PlaceHeadsFile = z.object({ heads: z.array(z.string().min(1)) });

/** Loads knowledge/place-heads.json: words after a place name that belong to its fuller name (optional file). */
export function loadPlaceHeads(knowledgeDir: string): string[] {
  const path = `${knowledgeDir}/place-heads.json`;
  return existsSync(path) ? readJsonFile(path, PlaceHeadsFile).heads : [];
}
