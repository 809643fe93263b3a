import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCase } from '../lower-case.ts';
import { lexemes } from './lexemes.ts';

/** The lexemes as the regex the scanner replaces reads them from text[from, to). */
function reference(text: string, from: number, to: number) {
  const re = /(\d+(?:[.,]\d+)*)|(\p{L}+)|\S/gu;
  const slice = text.slice(from, to);
  const out = [];
  let prevEnd = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const start = from + m.index;
    out.push({ text: m[0], lower: lowerCase(m[0]), start, end: start + m[0].length, type: m[1] ? 'digits' : m[2] ? 'word' : 'sym', glued: start === prevEnd });
    prevEnd = start + m[0].length;
  }
  return out;
}

describe('lexemes', () => {
  it('reads digit groups, words and single symbols with their offsets', () => {
    expect(lexemes('xx $2,090.5 MiG-29s.', 3, 20).map((l) => [l.text, l.type, l.glued])).toEqual([
      ['$', 'sym', false], ['2,090.5', 'digits', true], ['MiG', 'word', false], ['-', 'sym', true], ['29', 'digits', true], ['s', 'word', true], ['.', 'sym', true],
    ]);
  });

  it('agrees with the regex on any mix of digits, separators, letters of any script, spaces and symbols', () => {
    const pieces = ['1', '20', ',', '.', ',5', 'a', 'Ab', 'é', 'ß', 'Ж', '𝐀', '\ud835', '\udc00', '²', '٣', ' ', '\u00a0', '\u2009', '\n', '-', '$', '’', '%', '😀'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
      const from = a % (t.length + 1);
      const to = from + (b % (t.length - from + 1));
      expect(lexemes(t, from, to)).toEqual(reference(t, from, to));
    }), { numRuns: 5000 });
  });
});
