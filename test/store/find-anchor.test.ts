import { describe, expect, it } from 'vitest';
import { approximate, findAnchor, SearchBudget } from '../../src/store/shared/review/find-anchor.ts';

const anchor = (text: string, quote: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  return { start, quote, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + quote.length, start + quote.length + 32) };
};

describe('findAnchor', () => {
  const text = 'The army has 40 tanks in the north. The navy has 40 tanks in reserve. The air force flies 12 jets.';

  it('keeps the position when the quote is still there, and follows a moved quote by its context', () => {
    const a = anchor(text, '40 tanks', 1);
    expect(findAnchor(text, a)).toEqual({ start: a.start, end: a.start + 8, how: 'position' });
    const moved = 'A new opening sentence. ' + text;
    expect(findAnchor(moved, a)).toEqual({ start: moved.indexOf('navy has 40') + 9, end: moved.indexOf('navy has 40') + 17, how: 'quote' });
  });

  it('places a close variant of a long quote, and one of a short quote only when its context agrees', () => {
    const a = anchor(text, 'The air force flies 12 jets');
    const edited = text.replace('flies 12 jets', 'flies 12 jet');
    expect(findAnchor(edited, a)).toMatchObject({ start: edited.indexOf('The air force'), how: 'fuzzy' });
    const short = anchor('Trained Freedonian pilots fly.', 'Freedonian');
    expect(findAnchor('Trained Freedonia pilots fly.', short)).toMatchObject({ start: 8, end: 17, how: 'fuzzy' });
    expect(findAnchor('Pilots of Freedonia rested.', short)).toMatchObject({ how: 'orphaned' });
  });

  it('orphans a quote that is gone, and a repeated quote that kept no context far from where it was', () => {
    expect(findAnchor('Nothing of the sort.', anchor(text, '12 jets'))).toMatchObject({ how: 'orphaned' });
    const a = { start: 5000, quote: '40 tanks', prefix: 'zzzz', suffix: 'yyyy' };
    expect(findAnchor(text, a)).toMatchObject({ how: 'orphaned', reason: expect.stringMatching(/occurs 2 times/) });
  });

  it('finds a variant far from the old position in a long text, within the search budget', () => {
    const filler = 'Unrelated words about budgets and schedules. '.repeat(2000);
    const long = filler + 'The brigade received 30 armoured vehicles in May.' + filler;
    const a = { start: 10, quote: 'The brigade received 31 armoured vehicles', prefix: '', suffix: '' };
    const t0 = performance.now();
    expect(findAnchor(long, a)).toMatchObject({ start: filler.length, how: 'fuzzy' });
    expect(performance.now() - t0).toBeLessThan(5000);
    // Once a document's budget for whole-text searches is spent, only the window around the old place is searched.
    expect(findAnchor(long, a, new SearchBudget(1000))).toMatchObject({ how: 'orphaned' });
  });

  it('approximate() returns the span with the fewest edits, nearest on ties', () => {
    expect(approximate('abc xyz abd xyz abc', 'abc', 0, 19, 18)).toEqual({ start: 16, end: 19, edits: 0 });
    expect(approximate('abd xyz', 'abc', 0, 7, 0)).toMatchObject({ start: 0, edits: 1 });
  });
});
