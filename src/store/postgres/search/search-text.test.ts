import { describe, expect, it } from 'vitest';
import { matchRanges, markRanges } from './highlight.ts';
import { searchTerms, searchWords } from './search-words.ts';
import { snippet } from './snippet.ts';
import { queryPhrases, tsQuery } from './ts-query.ts';

describe('searchWords', () => {
  it('splits runs of letters and digits with their offsets, lower-cased and without diacritics', () => {
    const text = 'The Falcon-9 flew to Zürich (café), U.S. said.';
    const words = searchWords(text);
    expect(words.map((w) => w.term)).toEqual(['the', 'falcon', '9', 'flew', 'to', 'zurich', 'cafe', 'u', 's', 'said']);
    expect(words.map((w) => text.slice(w.start, w.end))).toContain('Zürich');
    expect(searchTerms('mod.gov.kz 12.5%')).toBe('mod gov kz 12 5');
  });
});

describe('tsQuery', () => {
  it('makes every term a phrase of its words, never parsing operators', () => {
    expect(tsQuery('Falcon-9 radar')).toBe("('falcon' <-> '9') & 'radar'");
    expect(tsQuery('text:radar | !x', { any: true })).toBe("('text' <-> 'radar') | 'x'");
    expect(tsQuery("NEAR( ' \" * ) &")).toBe("'near'");
    expect(tsQuery('"*( -- \u0000')).toBeNull();
  });

  it('asks for prefixes on a trailing * or for every term', () => {
    expect(tsQuery('sylvan* army')).toBe("'sylvan':* & 'army'");
    expect(tsQuery('Freedonian Min', { prefix: true })).toBe("'freedonian':* & 'min':*");
  });

  it('reads its own queries back as phrases', () => {
    expect(queryPhrases(tsQuery('Falcon-9 sylv*')!)).toEqual([{ words: ['falcon', '9'], prefix: false }, { words: ['sylv'], prefix: true }]);
  });
});

describe('highlighting', () => {
  // Stand-in stemmer for the unit test: drops a final "s" (PostgreSQL's snowball does the real thing).
  const stem = (t: string) => [t.replace(/s$/, '')];

  it('marks whole phrases and prefixes, merging overlaps', () => {
    const text = 'Radar sites and the Falcon-9, not Falcon alone; radars.';
    const words = searchWords(text);
    const ranges = matchRanges(words, queryPhrases(tsQuery('Falcon-9 radar site*', { any: true })!), stem);
    expect(markRanges(text, ranges)).toBe('[[Radar]] [[sites]] and the [[Falcon-9]], not Falcon alone; [[radars]].');
  });

  it('cuts a long sentence to a window of 48 words around the matches', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `${filler(60)} radar ${filler(60)}`;
    const words = searchWords(text);
    const out = snippet(text, words, matchRanges(words, queryPhrases(tsQuery('radar')!), stem));
    expect(out.startsWith('…') && out.endsWith('…')).toBe(true);
    expect(out).toContain('[[radar]]');
    expect(searchWords(out.replace(/\[\[|\]\]/g, '')).length).toBe(48);
    const [before, after] = out.split('[[radar]]');
    expect(Math.abs(searchWords(before!).length - searchWords(after!).length)).toBeLessThanOrEqual(1);
  });
});
