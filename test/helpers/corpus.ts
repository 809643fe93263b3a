import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The development corpus lives beside the repo in ../shared; tests read it from there, never copy it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_DIR = resolve(REPO_ROOT, '..', 'shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
export const FIXTURE_DOCS = join(REPO_ROOT, 'test', 'fixtures', 'docs');

export function corpusFiles(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`the development corpus is missing: expected it at ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR).filter((f) => !f.startsWith('.')).map((f) => join(CORPUS_DIR, f));
}
