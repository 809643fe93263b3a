import { describe, expect, it } from 'vitest';
import { segmentText } from './01-segment.ts';

const TEXT = [
  'Air Defense',
  'The U.S. Department of Defense signed a plan with Uzbekistan on May 7, 2003. It was renewed in 2008.',
  '',
  '1. Create a rapid reaction unit',
  'Troops number “about 9,000”, officials said.',
].join('\n');

describe('segmentation', () => {
  const { sentences, tokens } = segmentText(TEXT);
  const sentenceTexts = sentences.map((s) => TEXT.slice(s.start, s.end));

  it('gives every token offsets whose text is the token', () => {
    expect(tokens.length).toBeGreaterThan(30);
    for (const t of tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sentence at every line break as well as at sentence ends, not at abbreviations', () => {
    expect(sentenceTexts).toEqual([
      'Air Defense',
      'The U.S. Department of Defense signed a plan with Uzbekistan on May 7, 2003.',
      'It was renewed in 2008.',
      '1. Create a rapid reaction unit',
      'Troops number “about 9,000”, officials said.',
    ]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('assigns tokens to their sentence and tags them', () => {
    const signed = tokens.find((t) => t.text === 'signed')!;
    expect(signed.sentence).toBe(1);
    expect(signed.pos).toBe('VERB');
    expect(tokens.find((t) => t.text === 'Troops')!.sentence).toBe(4);
  });
});

describe('segmentation is a function of the text alone', () => {
  it('tokenizes a possessive the same before and after wink has seen it before a comma', () => {
    const text = 'Exercises with Turkmenistan’s navy continued.';
    const before = segmentText(text).tokens.map((t) => t.text);
    segmentText('Cooperation with Turkmenistan’s, and later Turkmenistan’s. allies grew.');
    expect(segmentText(text).tokens.map((t) => t.text)).toEqual(before);
    expect(before).toContain('’s');
    expect(before).toContain('Turkmenistan');
  });
});

describe('segmentation after blanked page furniture', () => {
  it('finds the sentences after a long run of blanks', () => {
    const text = `${' '.repeat(500)}\n${' '.repeat(300)}\nThe U.S. sent Black Hawk helicopters to Uzbekistan.`;
    const { sentences } = segmentText(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The U.S. sent Black Hawk helicopters to Uzbekistan.']);
  });
});

describe('segmentation does not depend on what was read before', () => {
  it('reads a document the same before and after others that write a dotted name before a comma', async () => {
    const { loadKnowledge } = await import('../knowledge/load.ts');
    const { newState, runSteps } = await import('../pipeline.ts');
    const kb = loadKnowledge();
    const sentences = (text: string) => {
      const s = runSteps(newState(text, kb));
      return s.sentences.map((x) => s.text.slice(x.start, x.end));
    };
    // Made-up dotted names: no other test file can have taught them to this process's wink.
    const doc = 'It hosts Q.Z troops nearby. Leaders balance Russian and Q.Z. interests in the region. More came.';
    const before = sentences(doc);
    sentences('Aid went to the Q.Z., reflecting a plan.');
    expect(sentences(doc)).toEqual(before);
  });
});
