import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { InvalidSchema } from '../model/errors.ts';

/** The repository's data folders: domain knowledge and the type schemas. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));
export const SCHEMA_DIR = fileURLToPath(new URL('../../schema', import.meta.url));

/** Reads and validates one knowledge file; a malformed file stops the atlas with the file and path named. */
export function readJsonFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InvalidSchema(`atlas: cannot read knowledge file ${path}: ${(e as Error).message}`, e);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSchema(`atlas: ${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message}`);
  }
  return parsed.data;
}
