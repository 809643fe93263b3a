import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';
import { segment } from '../steps/01-segment.ts';
import { recognizeNumbers } from '../steps/04-numbers.ts';
import { recognizeDates } from '../steps/05-dates.ts';
import { bindQuantities } from '../steps/06-quantities.ts';

function datesOf(text: string): Record<string, string | null> {
  const s = runSteps(newState(text, loadKnowledge()), [segment, recognizeNumbers, recognizeDates, bindQuantities]);
  return Object.fromEntries(s.quantities.map((q) => [q.quote.split(' ')[0], q.date ? formatPartialDate(q.date) : null]));
}

describe('the date a figure holds at', () => {
  it('is never a point of comparison', () => {
    const d = datesOf('In 2015, the army budget reached 900 million lari, about 100 million more than the previous year.');
    expect(d['900']).toBe('2015');
    expect(d['about']).toBe('2015');
  });

  it('takes a deadline only for the figure written right before it', () => {
    const d = datesOf('In 2011, officials planned to raise the share of professional soldiers from 30 percent to 70 percent by 2016.');
    expect(d['30']).toBe('2011');
    expect(d['70']).toBe('2016');
  });

  it('takes the date a change takes effect', () => {
    const d = datesOf('In May 2012, the minister promised to raise pay starting in 2013, lifting it to 90,000 rubles per month.');
    expect(d['90,000']).toBe('2013');
  });

  it('drops a lease horizon', () => {
    expect(datesOf('Russia rents 5,000 hectares of land for the test range (leased until 2040).')['5,000']).toBeNull();
  });
});
