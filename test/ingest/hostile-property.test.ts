/**
 * Property tests on hostile shapes (fast-check): random and adversarial strings through every
 * reader and every pipeline step, each of which must finish within a generous bound (a hang guard,
 * not a timing claim: timings are in `npm run bench:hostile`); and the linear rewrites give the
 * same results as the code they replaced.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/ingest/read-document.ts';
import { parseHtml } from '../../src/ingest/readers/html-parse.ts';
import { stripInlineMarkdown } from '../../src/ingest/readers/markdown-inline.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';
import { LineIndex } from '../../src/nlp/line-index.ts';
import { newState, STEPS } from '../../src/nlp/pipeline.ts';
import { capTokenLength, MAX_TOKEN_LENGTH } from '../../src/nlp/steps/01-segment.ts';
import { tempFolder } from './fixtures.ts';

const dir = tempFolder();
afterAll(() => dir.remove());

// A step or reader taking longer than this on ~30 KB is stuck in non-linear work (linear takes milliseconds).
const BOUND_MS = 20_000;

// Units that, repeated, make the shapes that used to blow up: unclosed markup, long runs without
// a space, one long line of sentences, figures and capitals everywhere.
const UNITS = ['a', 'A', '1', ' ', '-', '.', '**a ', '*a ', '_a ', '~~a ', '`a ', '[a ', '[a](', '![a](', '[^a ', '<a ', '<http:a ', '\\',
  '<div>', '<p>', '<b>', '</div>', '<li>', '<td>', '<!--', '<script>', '# ', '> ', '- ', '| a ', '```\n', 'The army has 12 tanks. ',
  'Kazakhstan ', 'In 2019, ', '$1.5 billion ', '12,000 troops ', '"', '(', ')', "'s ", 'Mr. ', 'ISBN ', '\n', '\n\n', 'é', '🙂', '\u0301'];

const hostileText = fc.oneof(
  fc.tuple(fc.constantFrom(...UNITS), fc.integer({ min: 1000, max: 30_000 })).map(([u, n]) => u.repeat(Math.ceil(n / u.length))),
  fc.tuple(fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 4 }), fc.integer({ min: 500, max: 8000 })).map(([us, n]) => us.join('').repeat(n / us.length)),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  fc.string({ unit: 'binary', maxLength: 3000 }),
);

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const out = f();
  return [out, performance.now() - t];
}

describe('every pipeline step on hostile text', () => {
  const kb = loadKnowledge();
  it('finishes each step within the bound', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const state = newState(text, kb);
        for (const step of STEPS) {
          const [, ms] = timed(() => step.run(state));
          if (ms > BOUND_MS) throw new Error(`${step.id} took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 40))}… (${text.length} chars)`);
        }
      }),
      { numRuns: 25, seed: 42 },
    );
  }, 600_000);
});

describe('every text reader on hostile content', () => {
  let n = 0;
  for (const ext of ['txt', 'md', 'html']) {
    it(`reads .${ext} within the bound, or refuses it with an InvalidInput`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileText, async (text) => {
          const path = join(dir.root, `p${n++}.${ext}`);
          writeFileSync(path, text);
          const t = performance.now();
          try {
            await readDocument(path);
          } catch (e) {
            expect((e as Error).name).toBe('InvalidInput');
          }
          const ms = performance.now() - t;
          if (ms > BOUND_MS) throw new Error(`.${ext} took ${ms.toFixed(0)} ms on ${JSON.stringify(text.slice(0, 40))}…`);
        }),
        { numRuns: 30, seed: 7 },
      );
    }, 600_000);
  }
});

describe('the linear rewrites give the same results as the code they replaced', () => {
  const HTML_OPTIONS = { comment: false, blockTextElements: { script: true, style: true, noscript: true } };
  const tag = fc.constantFrom('div', 'p', 'b', 'i', 'a', 'li', 'ul', 'td', 'tr', 'table', 'h3', 'span', 'br', 'section');
  const html = fc.array(fc.oneof(tag.map((t) => `<${t}>`), tag.map((t) => `</${t}>`), fc.constantFrom('x', ' y ', '<br/>', '<img src=a>')), { maxLength: 60 }).map((xs) => xs.join(''));

  it('parseHtml builds the tree node-html-parser\'s parse builds', () => {
    fc.assert(
      fc.property(html, (h) => {
        expect(parseHtml(h, HTML_OPTIONS).toString()).toBe(parse(h, HTML_OPTIONS).toString());
        expect(parseHtml(h, HTML_OPTIONS).structure).toBe(parse(h, HTML_OPTIONS).structure);
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('stripInlineMarkdown strips short lines as the unbounded patterns did', () => {
    const md = fc.array(fc.constantFrom('*', '**', '_', '__', '~~', '`', '``', '[', ']', '(', ')', '!', '^', '<', '>', 'http:', '\\', 'a', 'B', ' ', '1', 'é'), { maxLength: 40 }).map((xs) => xs.join(''));
    fc.assert(fc.property(md, (line) => { expect(stripInlineMarkdown(line)).toBe(unboundedStrip(line)); }), { numRuns: 5000, seed: 5 });
  });

  it('LineIndex answers as lastIndexOf and indexOf do', () => {
    const text = fc.array(fc.constantFrom('a', ' ', '\n', 'bc'), { maxLength: 80 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 90 }), (t, pos) => {
        const index = new LineIndex(t);
        expect(index.lastNewlineAtOrBefore(pos)).toBe(t.lastIndexOf('\n', pos));
        expect(index.nextNewlineAtOrAfter(pos)).toBe(t.indexOf('\n', pos));
      }),
      { numRuns: 2000, seed: 11 },
    );
  });

  it('capTokenLength only adds spaces, and only inside runs longer than the cap', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(' ', '\n', 'a', '🙂'), fc.integer({ min: 150, max: 700 }).map((k) => 'x'.repeat(k))), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const capped = capTokenLength(t);
        expect(capped.replace(/ /g, '')).toBe(t.replace(/ /g, ''));
        for (const run of capped.split(/[ \n]/)) expect(run.length).toBeLessThanOrEqual(MAX_TOKEN_LENGTH + 1);
        if (t.split(/[ \n]/).every((run) => run.length <= MAX_TOKEN_LENGTH)) expect(capped).toBe(t);
      }),
      { numRuns: 500, seed: 13 },
    );
  });
});

/** stripInlineMarkdown as it was before its patterns were bounded: the reference for short lines. */
function unboundedStrip(line: string): string {
  const literal: string[] = [];
  const setAside = (text: string) => `\u0000${literal.push(text) - 1}\u0000`;
  let s = line
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, ch: string) => setAside(ch))
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => setAside(code.trim()));
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literal[Number(i)] ?? '');
}
