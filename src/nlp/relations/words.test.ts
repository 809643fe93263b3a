import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allWords, findWord, mayContain } from './words.ts';

/** The plain answer findWord must give: one /iu alternation over the whole text. */
function reference(text: string, words: readonly string[]) {
  const alt = words.map((w) => `(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')})`).join('|');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  if (!m) return null;
  let i = 1;
  while (m[i] === undefined) i++;
  return { word: words[i - 1], start: m.index, end: m.index + m[0].length };
}

// findWord answers as one case-insensitive Unicode regex over the list would; answers it keeps must never be stale.
describe('findWord', () => {
  const list = ['joint exercise', 'drills', 'ally'];

  it('finds the earliest listed word, phrases across any white space', () => {
    expect(findWord('The Joint\n exercise and drills', list, 10)).toEqual({ word: 'joint exercise', start: 14, end: 29 });
    expect(findWord('No such thing here', list)).toBeNull();
  });

  it('keeps whole words only', () => {
    expect(findWord('rally and tally', list)).toBeNull();
    expect(findWord('an ally’s help', list)).toMatchObject({ word: 'ally', start: 3 });
  });

  it('matches what /iu folds to ASCII: the long s and the Kelvin sign', () => {
    expect(findWord('ſome drilLſ', list)).toMatchObject({ word: 'drills', start: 5 });
    expect(findWord('\u212a', ['k'])).toMatchObject({ word: 'k' });
  });

  it('bounds words by letters of any script, and reads words that start with a sign', () => {
    expect(findWord('Zürich and 𝐀rmy', ['rich', 'rmy'])).toBeNull();
    expect(findWord('the co-operation, again', ['co-operation'])).toMatchObject({ start: 4, end: 16 });
    expect(findWord('a $5 fee', ['$5'])).toMatchObject({ start: 2 });
  });

  it('reads non-ASCII texts and lists', () => {
    expect(findWord('“Drills” — again', list)).toMatchObject({ word: 'drills', start: 1 });
    expect(findWord('Учения начались', ['учения'])).toMatchObject({ word: 'учения', start: 0 });
  });

  it('answers a repeated question the same way, also at another base', () => {
    const text = 'allies and an ally';
    expect(findWord(text, list)).toEqual({ word: 'ally', start: 14, end: 18 });
    expect(findWord(text, list)).toEqual({ word: 'ally', start: 14, end: 18 });
    expect(findWord(text, list, 100)).toEqual({ word: 'ally', start: 114, end: 118 });
  });

  it('agrees with the plain regex on texts made of listed words, their neighbours and odd characters', () => {
    const pieces = ['ally', 'Ally', 'ALLY', 'allies', 'rally', 'co', 'co-operation', 'joint', 'exercise', 'ſ', '\u212a', 'é', 'ü', '𝐀', '’', '-', '.', ' ', '\n', '\u00a0', '1', 'k', 's', 'rmy', 'учения', 'Учения', '\ud835'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
    const lists = fc.constantFrom(['ally', 'joint exercise'], ['co-operation', 'co'], ['k', 'ſ'], ['s', 'exercise'], ['rally', 'ally'], ['𝐀rmy', 'rmy'], ['учения', 'ally']);
    fc.assert(fc.property(text, lists, (t, words) => {
      expect(findWord(t, words)).toEqual(reference(t, words));
    }), { numRuns: 3000 });
  });

  it('lists what a plain whole-word regex per word finds, word by word', () => {
    const pieces = ['ally', 'Ally', 'allies', 'rally', 'co-operation', 'joint', 'exercise', 'ſ', 'é', '𝐀', '’', '-', ' ', '\n', '1', 'rmy', 'учения'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((a) => a.join(''));
    const lists = fc.constantFrom(['ally', 'joint exercise'], ['co-operation', 'ally'], ['𝐀rmy', 'rmy'], ['учения', 'ally', 'allies']);
    fc.assert(fc.property(text, lists, (t, words) => {
      const plain = words.flatMap((w) => [...t.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'))]
        .map((m) => ({ word: w, start: m.index, end: m.index + m[0].length })));
      expect(allWords(t, words)).toEqual(plain);
    }), { numRuns: 3000 });
  });

  it('lists every occurrence of every word, asked again or at another base', () => {
    const text = 'Drills, an ally, more drills';
    const hits = [{ word: 'drills', start: 0, end: 6 }, { word: 'drills', start: 22, end: 28 }, { word: 'ally', start: 11, end: 15 }];
    expect(allWords(text, list)).toEqual(hits);
    expect(allWords(text, list)).toEqual(hits);
    expect(allWords(text, list, 5)).toEqual(hits.map((h) => ({ ...h, start: h.start + 5, end: h.end + 5 })));
    expect(allWords('nothing here', list)).toEqual([]);
  });
});

describe('mayContain', () => {
  it('is true wherever findWord could find a phrase holding the word, across white space and /iu folding', () => {
    expect(mayContain('a New  Executive\norder here', 'executive order')).toBe(true);
    expect(mayContain('the ſecond decree', 'second')).toBe(true);
    expect(mayContain('no such thing', 'decree')).toBe(false);
    const pieces = ['new', 'New', 'decree', 'DECREE', 'decrees', 'ſ', ' ', '\n', 'x', 'executive', 'order'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.constantFrom('decree', 'executive order', 'second'), (t, w) => {
      if (findWord(t, [`new ${w}`, `second ${w}`])) expect(mayContain(t, w)).toBe(true);
    }), { numRuns: 2000 });
  });
});
