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

/**
 * Analyses read stored facts and links only; the text NLP reads is the extraction's business.
 * Precisely, for every non-test source file under src/analysis:
 *  1. no import resolves into src/nlp;
 *  2. only context/display-text.ts calls the store's text readers (`getDocument(`, `.sentence(`,
 *     `.search(`) or names `DocumentWithText`;
 *  3. what display-text.ts returns is only put into output fields (`sentenceText:`, `documentTitle:`),
 *     never tested or matched;
 *  4. a fact's `.quote` is read only by context/sources.ts (which passes it through for display) and
 *     by render/ (which prints views);
 *  5. no file builds a regular expression over text it did not get from a fact's structured fields:
 *     the helpers that matched words in sentences (`DocumentTexts`, `texts.between`, `sentenceText(`
 *     outside rule 3) are gone for good.
 */
describe('analysis reads facts, not text', () => {
  const src = join(REPO_ROOT, 'src');
  const files = sourceFiles(join(src, 'analysis')).map((f) => ({ rel: relative(src, f), text: readFileSync(f, 'utf8') }));
  const code = (t: string) => t.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

  it('finds the analysis sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('imports nothing from src/nlp', () => {
    const bad = files.flatMap(({ rel, text }) => [...text.matchAll(/from\s+['"](\.{1,2}\/[^'"]+)['"]/g)]
      .map((m) => relative(src, resolve(dirname(join(src, rel)), m[1])))
      .filter((target) => target.startsWith('nlp/') || target === 'nlp')
      .map((target) => `${rel} imports ${target}`));
    expect(bad).toEqual([]);
  });

  it('touches stored text only in display-text.ts, and only to show it', () => {
    const bad: string[] = [];
    for (const { rel, text } of files) {
      const c = code(text);
      const display = rel === 'analysis/context/display-text.ts';
      for (const re of [/\.getDocument\(/, /\.sentence\(/, /\.search\(/, /DocumentWithText/, /DocumentTexts/, /texts\.between/]) {
        if (!display && re.test(c)) bad.push(`${rel}: ${re.source}`);
      }
      for (const m of c.matchAll(/display\.(sentenceText|title)\(/g)) {
        const before = c.slice(Math.max(0, m.index - 20), m.index);
        if (!/(sentenceText|documentTitle):\s*$/.test(before)) bad.push(`${rel}: display text used other than as an output field`);
      }
      if (!display && !rel.startsWith('analysis/render/') && rel !== 'analysis/context/sources.ts' && /\.quote\b/.test(c)) bad.push(`${rel}: reads .quote`);
    }
    expect(bad).toEqual([]);
  });

  it('catches a violation of each rule (the checks can fail)', () => {
    const c = code("import { x } from '../../nlp/pipeline.ts';\nconst s = await store.sentence(1, 2);\nif (q.quote.includes('x')) {}");
    expect(/from\s+['"](\.{1,2}\/[^'"]+nlp\/)/.test(c)).toBe(true);
    expect(/\.sentence\(/.test(c)).toBe(true);
    expect(/\.quote\b/.test(c)).toBe(true);
  });
});
