import { join } from 'node:path';
import type { z } from 'zod';
import { KNOWLEDGE_DIR, readJsonFile } from '../../knowledge-files/read-json-file.ts';

/** Reads and validates one knowledge file the analyses use; a malformed file names itself and the path. */
export function readKnowledge<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  return readJsonFile(join(KNOWLEDGE_DIR, file), schema);
}
