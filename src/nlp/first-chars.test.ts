import { describe, expect, it } from 'vitest';
import { firstCharClass, firstChars } from './first-chars.ts';

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

describe('firstCharClass', () => {
  it('collects the first characters of every pattern, case kept', () => {
    expect(firstCharClass(['(MiG|Mig)-(\\d+)', '(2S|BTR)[-‐ ](\\d)', '(F|F/A)-(\\d{1,3}[A-Z]{0,2})'])).toBe('[2BFM]');
    expect(firstCharClass(['(?:MiG)-29|X-1', '(A)-(1|2)[|]\\|'])).toBe('[AMX]');
    expect(firstCharClass(['\\]x', '-y', '^z'])).toBe('[\\-\\]z]');
  });

  it('gives no hint when a pattern may start with anything', () => {
    expect(firstCharClass(['(MiG)-29', '[A-Z]-1'])).toBeNull();
    expect(firstCharClass(['(MiG)?'])).toBeNull();
  });
});
