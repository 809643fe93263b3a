import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';

const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../knowledge/', import.meta.url));

/** Reads and validates one knowledge file the analyses use; a malformed file names itself and the path. */
export function readKnowledge<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const path = join(KNOWLEDGE_DIR, file);
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
