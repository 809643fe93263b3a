import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { compilePhraseRegex, phraseMatches } from './phrase-regex.ts';

/** What repeated exec of the regex with the g flag returns. */
function plainMatches(source: string, flags: string, text: string): string[] {
  const re = new RegExp(source, flags);
  const out: string[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(JSON.stringify([m.index, ...m]));
  return out;
}
const scanned = (source: string, flags: string, text: string) => phraseMatches(compilePhraseRegex(source, flags), text).map((m) => JSON.stringify([m.index, ...m]));

const corpus = (): string[] => {
  const out: string[] = [];
  for (const d of ['../shared/corpus', 'bench/proxy/corpus']) {
    try { for (const f of readdirSync(d)) if (f.endsWith('.txt')) out.push(readFileSync(`${d}/${f}`, 'utf8')); } catch { /* not here */ }
  }
  return out;
};

describe('phrase regexes', () => {
  const sources = [
    ...loadKnowledge().gazetteer.programPatterns.regexes.map((r) => r.regex),
    '\\b(ab|b)c', '\\bſ\\d', '\\b\\w+ k\\b', '\\bx|y', 'plain (\\w+)', '\\b(?:a|b)+',
  ];
  const texts = [
    'the 2007 military doctrine, its 2013’s Defense Strategy and a five-year military cooperation plan; x2007 military doctrine',
    'abc bc aabc ſ1 s1 K1 ſſ1 Kk k x kK k xy yx 𝐀bc 🙂x', ...corpus(),
  ];
  it('finds the same matches as scanning with the regex itself', () => {
    for (const s of sources) for (const t of texts) expect(scanned(s, 'giu', t)).toEqual(plainMatches(s, 'giu', t));
  });
});
