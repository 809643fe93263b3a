import { describe, expect, it } from 'vitest';
import { firstChars } from './first-chars.ts';

const set = (s: string) => new Set(s.split(''));

describe('firstChars', () => {
  it('reads literals, groups and optional prefixes', () => {
    expect(firstChars('sign(?:s|ed)?')).toEqual(set('s'));
    expect(firstChars('(?:extended|renewed|Signed) leases?')).toEqual(set('ers'));
    expect(firstChars('(?:a |an |the )?peace')).toEqual(set('atp'));
    expect(firstChars('x{0,2}y')).toEqual(set('xy'));
    expect(firstChars('war|peace')).toEqual(set('wp'));
  });

  it('skips what consumes nothing: word boundaries and lookarounds', () => {
    expect(firstChars('\\bwar')).toEqual(set('w'));
    expect(firstChars('(?<!(?:was|were)\\s)met')).toEqual(set('m'));
    expect(firstChars('(?!not)now')).toEqual(set('n'));
  });

  it('knows digits and escaped punctuation', () => {
    expect(firstChars('\\d+(?:st|nd) rotation')).toEqual(set('0123456789'));
    expect(firstChars('\\.net')).toEqual(set('.'));
  });

  it('answers null when any character could start a match', () => {
    expect(firstChars('[a-z]+ forces')).toBeNull();
    expect(firstChars('\\w+ed')).toBeNull();
    expect(firstChars('.*')).toBeNull();
    expect(firstChars('(?:the )?')).toBeNull();
    expect(firstChars('a|(?:b)?')).toBeNull();
  });
});
