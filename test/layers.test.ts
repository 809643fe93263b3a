import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/corpus.ts';

/** Which top-level folders of src/ each layer may import from: imports point down to the model. */
const ALLOWED: Record<string, string[]> = {
  model: ['model'],
  'knowledge-files': ['model', 'knowledge-files'],
  ingest: ['model', 'ingest'],
  nlp: ['model', 'knowledge-files', 'nlp'],
  store: ['model', 'store'],
  analysis: ['model', 'knowledge-files', 'store', 'analysis'],
  services: ['model', 'ingest', 'nlp', 'store', 'services'],
  api: ['model', 'store', 'analysis', 'services', 'nlp', 'ingest', 'api'],
  cli: ['model', 'store', 'analysis', 'services', 'nlp', 'ingest', 'api', 'cli'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('layering', () => {
  const src = join(REPO_ROOT, 'src');
  const files = sourceFiles(src);

  it('finds the source tree', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('has every import pointing down to the model', () => {
    const violations: string[] = [];
    for (const file of files) {
      const layer = relative(src, file).split('/')[0];
      const allowed = ALLOWED[layer];
      if (!allowed) {
        violations.push(`${relative(REPO_ROOT, file)}: unknown layer "${layer}"`);
        continue;
      }
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const target = relative(src, resolve(dirname(file), m[1] ?? m[2]));
        const targetLayer = target.startsWith('..') ? '(outside src)' : target.split('/')[0];
        if (!allowed.includes(targetLayer)) violations.push(`${relative(REPO_ROOT, file)} imports ${target}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the model free of third-party code other than zod', () => {
    const bad = files
      .filter((f) => relative(src, f).startsWith('model/'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+['"]([^.'"][^'"]*)['"]/gm)].map((m) => `${relative(REPO_ROOT, f)}: ${m[1]}`))
      .filter((s) => !s.endsWith(': zod'));
    expect(bad).toEqual([]);
  });
});
