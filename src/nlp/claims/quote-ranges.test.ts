import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastQuoteEndIn, quoteAt, quoteRanges, quotesOverlapping } from './quote-ranges.ts';

// The plain scans the indexed lookups replace.
const naiveAt = (rs: { start: number; end: number }[], at: number) => rs.find((r) => r.start <= at && at < r.end) ?? null;
const naiveOverlapping = (rs: { start: number; end: number }[], s: number, e: number) => rs.filter((r) => r.end > s && r.start < e);
const naiveLastEnd = (rs: { start: number; end: number }[], from: number, to: number) => {
  let last = from;
  for (const r of rs) if (r.end <= to && r.end > last) last = r.end;
  return last;
};

describe('quotation lookups', () => {
  it('answer as a scan of every quotation would, nested curly and straight quotes included', () => {
    const piece = fc.constantFrom('a', ' ', '"', '\u201c', '\u201d', '\n', 'word ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.nat(120), fc.nat(60), (parts, at, width) => {
      const text = parts.join('');
      const rs = quoteRanges(text);
      expect(quoteAt(rs, at)).toEqual(naiveAt(rs, at));
      expect(quotesOverlapping(rs, at, at + width)).toEqual(naiveOverlapping(rs, at, at + width));
      expect(lastQuoteEndIn(rs, at, at + width)).toBe(naiveLastEnd(rs, at, at + width));
    }), { numRuns: 500 });
  });

  it('finds the quotation around a position among many', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `He said "line ${i}" twice.`).join('\n');
    const rs = quoteRanges(text);
    const at = text.indexOf('line 4321');
    expect(text.slice(quoteAt(rs, at)!.start, quoteAt(rs, at)!.end)).toBe('"line 4321"');
    expect(quoteAt(rs, text.indexOf('twice', at))).toBeNull();
  });
});
