import { describe, expect, it } from 'vitest';
import { formatFactRef, parseFactRef } from './views.ts';
import { foldName } from './names.ts';

describe('fact references', () => {
  it('parse the short and long forms and print the short one', () => {
    expect(parseFactRef('q12')).toEqual({ kind: 'quantity', id: 12 });
    expect(parseFactRef('E7')).toEqual({ kind: 'event', id: 7 });
    expect(parseFactRef('mention:3')).toEqual({ kind: 'mention', id: 3 });
    expect(formatFactRef({ kind: 'relation', id: 2 })).toBe('r2');
  });
  it('reject anything else', () => {
    for (const s of ['', 'q', '12', 'x12', 'q-1', 'quantity:']) expect(parseFactRef(s)).toBeNull();
  });
});

describe('name folding', () => {
  it('treats spelling variants of one name as equal', () => {
    expect(foldName('the U.S.')).toBe(foldName('US'));
    expect(foldName('NATO’s')).toBe('nato');
    expect(foldName('Mukhtar Altynbayev')).toBe(foldName('MUKHTAR  ALTYNBAYEV'));
    expect(foldName('Su-27')).not.toBe(foldName('Su-25'));
  });
});
