import { describe, expect, it } from 'vitest';
import { firstCharClass } from './first-chars.ts';

describe('firstCharClass', () => {
  it('collects the first characters of leading literal groups', () => {
    expect(firstCharClass(['(MiG|Mig)-(\\d+)', '(2S|BTR)[-‐ ](\\d)', '(F|F/A)-(\\d{1,3}[A-Z]{0,2})'])).toBe('[2BFM]');
  });

  it('gives no hint when a pattern may start otherwise', () => {
    expect(firstCharClass(['(MiG)?-29'])).toBeNull();
    expect(firstCharClass(['(MiG)-29|X-1'])).toBeNull();
    expect(firstCharClass(['(?:MiG)-29'])).toBeNull();
    expect(firstCharClass(['[A-Z]-1'])).toBeNull();
    expect(firstCharClass(['(\\d)-1'])).toBeNull();
    expect(firstCharClass(['(A)-(1|2)', 'B-1'])).toBeNull();
  });

  it('ignores alternation inside groups and classes', () => {
    expect(firstCharClass(['(A)-(1|2)[|]\\|'])).toBe('[A]');
  });
});
