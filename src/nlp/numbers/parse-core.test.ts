import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { lexemes } from './lexemes.ts';
import { compileNumbers } from './lexicon.ts';
import { parseDigits, parseFraction, parseWords } from './parse-core.ts';

const c = compileNumbers(loadKnowledge().numbers);
const L = (s: string) => lexemes(s, 0, s.length);

describe('parse-core', () => {
  it('reads composed number words and stops at the first word that is not one', () => {
    const t = 'two thousand three hundred and forty-five ships';
    const core = parseWords(L(t), 0, c)!;
    expect(core.value).toBe(2345);
    expect(L(t)[core.i1].text).toBe('ships');
    expect(parseWords(L('a hundred men'), 0, c)?.value).toBe(100);
    expect(parseWords(L('a million rubles'), 0, c)?.value).toBe(1_000_000);
    expect(parseWords(L('a plan'), 0, c)).toBeNull();
    expect(parseWords(L('twelve fifteen'), 0, c)?.value).toBe(12);
  });

  it('reads digits with separators and scales, and knows a year shape', () => {
    expect(parseDigits(L('2,090'), 0, c)).toMatchObject({ value: 2090, yearShaped: false });
    expect(parseDigits(L('2.090'), 0, c)?.value).toBeCloseTo(2.09);
    expect(parseDigits(L('1994'), 0, c)?.yearShaped).toBe(true);
    expect(parseDigits(L('4.8 billion'), 0, c)).toMatchObject({ value: 4.8e9, scaled: true });
    expect(parseDigits(L('60m'), 0, c)).toMatchObject({ value: 60e6, letterScale: true });
    expect(parseDigits(L('1,2,3'), 0, c)).toBeNull();
  });

  it('reads a fraction only when glued to its numerator or followed by "of"', () => {
    expect(parseFraction(L('one-third'), 0, c, '')?.value).toBe(33.33);
    expect(parseFraction(L('three quarters of'), 0, c, '')?.value).toBe(75);
    expect(parseFraction(L('half of'), 0, c, 'about')?.value).toBe(50);
    expect(parseFraction(L('a third stage'), 0, c, '')).toBeNull();
    expect(parseFraction(L('half of'), 0, c, 'first')).toBeNull();
    expect(parseFraction(L('two-third'), 0, c, '')).toBeNull();
  });
});
