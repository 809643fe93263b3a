import { describe, expect, it } from 'vitest';
import { DIGIT_LED, firstWords } from './first-words.ts';

const set = (...w: string[]) => new Set(w);

describe('firstWords', () => {
  it('expands optional suffixes, groups and letter classes of the first word', () => {
    expect(firstWords('sign(?:s|ed)? (?:a|the) treaty')).toEqual(set('sign', 'signs', 'signed'));
    expect(firstWords('reorgani[sz]ed')).toEqual(set('reorganised', 'reorganized'));
    expect(firstWords('(?:Troops|forces) (?:were )?deployed')).toEqual(set('troops', 'forces'));
    expect(firstWords('war|peace talks')).toEqual(set('war', 'peace'));
  });

  it('ends the first word where a non-word character may come', () => {
    expect(firstWords('cease-?fires?')).toEqual(set('cease', 'ceasefire', 'ceasefires'));
    expect(firstWords("minister's")).toEqual(set('minister'));
    expect(firstWords('held\\s+talks')).toEqual(set('held'));
  });

  it('skips what consumes nothing and marks digit-led words', () => {
    expect(firstWords('\\bwar')).toEqual(set('war'));
    expect(firstWords('(?<!not\\s)met')).toEqual(set('met'));
    expect(firstWords('(?:first|\\d+(?:st|nd)) rotations?')).toEqual(set('first', DIGIT_LED));
  });

  it('answers null when the first word is open', () => {
    expect(firstWords('[a-z]+ drills')).toBeNull();
    expect(firstWords('a+b')).toBeNull();
    expect(firstWords('\\w+ed')).toBeNull();
    expect(firstWords('(?:the )?')).toBeNull();
    expect(firstWords(' space first')).toBeNull();
    expect(firstWords('x\\d')).toBeNull();
  });
});
