import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../model/provenance.ts';
import { nameTokens, tokenize } from './tokens.ts';
import { TokenTrie } from './trie.ts';

function trieOf(names: string[]): TokenTrie<string> {
  const t = new TokenTrie<string>();
  for (const n of names) t.add(nameTokens(n), n);
  return t;
}
const at = (trie: TokenTrie<string>, text: string, i: number, plural = false, sentences: Sentence[] = []) => trie.longestAt(tokenize(text, sentences), i, plural);

describe('TokenTrie', () => {
  const trie = trieOf(['Air Force', 'air', 'Air Forces', 'BMP', 'Special Force', 'US', 'Almaz-Antey', 'Almaz', 'the Alliance', 'Force']);

  it('takes the longest name and lists equally long ones in the order they were added', () => {
    expect(at(trie, 'the Air Force base', 1)).toEqual({ from: 1, to: 3, entries: ['Air Force'], plural: false });
    const t2 = trieOf(['Air Forces', 'Air Force', 'air forces']);
    expect(at(t2, 'Air Forces', 0, true)?.entries).toEqual(['Air Forces', 'Air Force', 'air forces']);
    expect(at(t2, 'Air Forces', 0, true)?.plural).toBe(false);
    const t3 = trieOf(['Air Force', 'Air Forces']);
    expect(at(t3, 'Air Forces', 0, true)).toEqual({ from: 0, to: 2, entries: ['Air Force', 'Air Forces'], plural: true });
  });

  it('reads a plural last word only when asked', () => {
    expect(at(trie, 'two BMPs', 1)).toBeNull();
    expect(at(trie, 'two BMPs', 1, true)).toEqual({ from: 1, to: 2, entries: ['BMP'], plural: true });
    expect(at(trie, 'Special Forces', 0, true)).toEqual({ from: 0, to: 2, entries: ['Special Force'], plural: true });
    expect(at(trie, 'Special Forces', 0)).toBeNull();
  });

  it('keeps case rules: capitalized tokens capitalized, acronyms as written', () => {
    expect(at(trie, 'us', 0)).toBeNull();
    expect(at(trie, 'US', 0)?.entries).toEqual(['US']);
    expect(at(trie, 'the alliance', 0)).toBeNull();
    expect(at(trie, 'the air force', 1)?.entries).toEqual(['air']);
    expect(at(trie, 'Bmps', 0, true)).toBeNull();
  });

  it('does not cross a sentence end or a spaced dash', () => {
    const sentences = [{ start: 0, end: 4 }, { start: 5, end: 11 }] as Sentence[];
    expect(at(trie, 'Air. Force', 0, false, sentences)?.to).toBe(1);
    expect(at(trie, 'Almaz-Antey', 0)?.entries).toEqual(['Almaz-Antey']);
    expect(at(trie, 'Almaz - Antey', 0)?.entries).toEqual(['Almaz']);
  });
});
