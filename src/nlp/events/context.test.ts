import { describe, expect, it } from 'vitest';
import { listIntroducers } from './context.ts';

/** One sentence per line, each line its own paragraph. */
function lines(text: string) {
  const sentences: { index: number; start: number; end: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    sentences.push({ index: sentences.length, start: at, end: at + line.length });
    at += line.length + 1;
  }
  return { sentences, paragraphs: sentences.map((s) => s.index) };
}

describe('listIntroducers', () => {
  it('gives each short line after a line ending in ":" that line, until a long line', () => {
    const text = ['The law made these changes:  ', 'one', 'two', 'x'.repeat(400), 'three'].join('\n');
    const { sentences, paragraphs } = lines(text);
    expect([...listIntroducers(text, sentences, paragraphs)]).toEqual([[1, 0], [2, 0]]);
  });

  it('lets a later introducer take over the items after it', () => {
    const text = ['First:', 'a', 'Second:\u00a0', 'b', 'c', 'Not one: here', 'd'].join('\n');
    const { sentences, paragraphs } = lines(text);
    expect([...listIntroducers(text, sentences, paragraphs)].sort((x, y) => x[0] - y[0])).toEqual([[1, 0], [2, 0], [3, 2], [4, 2], [5, 2], [6, 2]]);
  });

  it('reads a long run of introducers, each taking the next line', () => {
    const text = Array.from({ length: 20_000 }, () => 'Item:').join('\n');
    const { sentences, paragraphs } = lines(text);
    const out = listIntroducers(text, sentences, paragraphs);
    expect(out.size).toBe(19_999);
    expect(out.get(19_999)).toBe(19_998);
  });
});
