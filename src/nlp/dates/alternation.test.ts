import { describe, expect, it } from 'vitest';
import { longestFirst, phraseAlternation } from './alternation.ts';

const PHRASES = ['that year', 'that same year', 'the following', 'the following year', 'by the following', 'mid', 'mid-', 'a.m.', 'two weeks later', 'two years later'];
const TEXTS = [
  'That  same year, and THE following\nyear; mid-1990s by the following spring.',
  'two weeks later or two   Years Later, that year-end, the following, a.m. am',
  'that sameyear thatyear the followingyear mid- mid',
];

function matches(source: string, flags: string, text: string) {
  return [...text.matchAll(new RegExp(`\\b(${source})\\b(\\s*\\w*)`, flags))].map((m) => [m.index, ...m]);
}

describe('phraseAlternation', () => {
  it('factors shared prefixes', () => {
    expect(phraseAlternation(['the next year', 'the next day', 'that'], { ignoreCase: true })).toBe('th(?:e\\s+next\\s+(?:year|day)|at)');
    expect(phraseAlternation(['that', 'that same'], { ignoreCase: true })).toBe('that(?:\\s+same)?');
  });
  it('matches exactly as the longest-first list, with or without case', () => {
    for (const flags of ['g', 'gi']) {
      const factored = phraseAlternation(PHRASES, { ignoreCase: flags.includes('i') });
      for (const text of TEXTS) expect(matches(factored, flags, text)).toEqual(matches(longestFirst(PHRASES), flags, text));
    }
  });
  it('keeps the plain list for non-ASCII phrases under ignoreCase', () => {
    expect(phraseAlternation(['été', 'étés'], { ignoreCase: true })).toBe(longestFirst(['été', 'étés']));
  });
});
