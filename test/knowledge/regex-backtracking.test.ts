/**
 * An audit of every regular expression the knowledge files hold (and the ones the pipeline
 * compiles from them) for catastrophic backtracking: each runs over adversarial strings of 50 KB
 * (one character or word repeated, the shapes that make a greedy or lazy loop retry from every
 * position) and must finish within a generous bound. A pattern that backtracks takes seconds to
 * minutes here; a linear one milliseconds. The bound is a hang guard, not a timing claim.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileClaimCues } from '../../src/nlp/claims/cues.ts';
import { compileDateWords } from '../../src/nlp/dates/lexicon.ts';
import { lexiconOf } from '../../src/nlp/entities/lexicon.ts';
import { compileEvents } from '../../src/nlp/events/lexicon.ts';
import { loadKnowledge } from '../../src/nlp/knowledge/load.ts';
import { compileNumbers } from '../../src/nlp/numbers/lexicon.ts';
import { REPO_ROOT } from '../helpers/corpus.ts';

const SIZE = 50_000;
const BOUND_MS = 3000;
const UNITS = ['a', 'A', 'Aa', ' ', '1', '1 ', '1,', '1.', '-', '.', 'a.', 'A.', 'A-', "a'", '$1', 'the ', 'Aa ', 'of the ', 'aA', 'A1-', '\n', '\t a'];
const ADVERSARIAL = UNITS.map((u) => u.repeat(Math.ceil(SIZE / u.length)));
const META = /[\\()[\]|?*+{}^$]/;

/** Every string in knowledge/*.json that reads as a regex (has a regex metacharacter), with where it is. */
function knowledgePatterns(): { where: string; source: string }[] {
  const out: { where: string; source: string }[] = [];
  const walk = (x: unknown, where: string) => {
    if (typeof x === 'string') {
      if (META.test(x)) out.push({ where, source: x });
    } else if (Array.isArray(x)) x.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) walk(v, `${where}.${k}`);
  };
  const dir = join(REPO_ROOT, 'knowledge');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), f);
  return out;
}

/** The RegExp objects reachable from a compiled lexicon (nested objects, arrays, maps). */
function regexesIn(x: unknown, where: string, out: { where: string; re: RegExp }[] = [], seen = new Set<unknown>()): { where: string; re: RegExp }[] {
  if (!x || typeof x !== 'object' || seen.has(x)) return out;
  seen.add(x);
  if (x instanceof RegExp) out.push({ where, re: x });
  else if (x instanceof Map) for (const [k, v] of x) regexesIn(v, `${where}.${String(k)}`, out, seen);
  else if (Array.isArray(x)) x.forEach((v, i) => regexesIn(v, `${where}[${i}]`, out, seen));
  else if (!(x instanceof Set)) for (const [k, v] of Object.entries(x)) regexesIn(v, `${where}.${k}`, out, seen);
  return out;
}

function slowest(re: RegExp): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (const s of ADVERSARIAL) {
    const t = performance.now();
    s.replace(global, '');
    const ms = performance.now() - t;
    if (ms > worst.ms) worst = { ms, input: s.slice(0, 6) };
    if (ms > BOUND_MS) break;
  }
  return worst;
}

describe('regexes in knowledge/*.json', () => {
  it('finds the patterns', () => {
    expect(knowledgePatterns().length).toBeGreaterThan(50);
  });

  it('run in linear time on adversarial strings, matched with and without the i flag', () => {
    const slow: string[] = [];
    for (const { where, source } of knowledgePatterns()) {
      for (const flags of ['gu', 'giu']) {
        let re: RegExp;
        try {
          re = new RegExp(source, flags);
        } catch {
          continue; // a literal word with a dot or a parenthesis that is not a full regex on its own
        }
        const w = slowest(re);
        if (w.ms > BOUND_MS) slow.push(`${where} /${flags}: ${w.ms.toFixed(0)} ms on ${JSON.stringify(w.input)}…`);
      }
    }
    expect(slow).toEqual([]);
  }, 600_000);

  it('and so do the regexes the pipeline compiles from them', () => {
    const kb = loadKnowledge();
    const compiled = [
      ...regexesIn(compileEvents(kb.events), 'events'),
      ...regexesIn(compileClaimCues(kb.events.cues), 'claims'),
      ...regexesIn(compileDateWords(kb.events.dateWords), 'dates'),
      ...regexesIn(compileNumbers(kb.numbers), 'numbers'),
      ...regexesIn(lexiconOf(kb), 'entities'),
    ];
    expect(compiled.length).toBeGreaterThan(10);
    const slow = compiled.map(({ where, re }) => ({ where, ...slowest(re) })).filter((w) => w.ms > BOUND_MS);
    expect(slow.map((w) => `${w.where}: ${w.ms.toFixed(0)} ms on ${JSON.stringify(w.input)}…`)).toEqual([]);
  }, 600_000);
});
