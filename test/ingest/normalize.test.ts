import { describe, expect, it } from 'vitest';
import { contentHash, normalizeText } from '../../src/ingest/normalize.ts';

describe('normalizeText', () => {
  it('turns CRLF and lone CR into \\n', () => {
    expect(normalizeText('one\r\ntwo\rthree\n')).toBe('one\ntwo\nthree');
  });

  it('composes NFD into NFC', () => {
    const nfd = 'Almaty cafe\u0301 Qarag\u0306andy';
    const out = normalizeText(nfd);
    expect(out).toBe('Almaty caf\u00e9 Qara\u011fandy');
    expect(out).toBe(out.normalize('NFC'));
  });

  it('strips the BOM, zero-width characters and soft hyphens', () => {
    expect(normalizeText('\uFEFFThe bri\u200Bgade\u2060 moved de\u00ADployed')).toBe('The brigade moved deployed');
  });

  it('turns non-breaking and narrow spaces into plain spaces', () => {
    expect(normalizeText('10\u00A0000 troops\u202Fnow')).toBe('10 000 troops now');
  });

  it('drops trailing spaces and collapses runs of blank lines to one', () => {
    expect(normalizeText('a  \t\nb\n\n\n\n\nc\n\nd')).toBe('a\nb\n\nc\n\nd');
  });

  it('keeps typographic quotes and dashes', () => {
    const s = '\u201CQuoted\u201D \u2014 the army\u2019s 1990\u20132000 plan';
    expect(normalizeText(s)).toBe(s);
  });

  it('is idempotent', () => {
    const once = normalizeText('\uFEFFa\r\n\r\n\r\n\r\nb\u00A0c  \ne\u0301');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('contentHash', () => {
  it('is sha256 hex, stable for identical text and different for changed text', () => {
    const a = contentHash('The ministry ordered ten helicopters.');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash('The ministry ordered ten helicopters.')).toBe(a);
    expect(contentHash('The ministry ordered nine helicopters.')).not.toBe(a);
  });
});
