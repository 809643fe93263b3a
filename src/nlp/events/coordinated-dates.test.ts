import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
const typed = (text: string) => runSteps(newState(text, kb)).events.map((e) => [e.type, formatPartialDate(e.date)]);

describe('several dates in one sentence', () => {
  it('tells a happening once per date joined to its own by a comma or "and"', () => {
    expect(typed('The navy held the drill in 2009 and again in 2013.')).toEqual([['exercise', '2009'], ['exercise', '2013']]);
    expect(typed('The navy held the drill in 2009, 2011 and 2013.')).toEqual([['exercise', '2009'], ['exercise', '2011'], ['exercise', '2013']]);
    expect(typed('Moldova joined the program in 1995 and the council in 2003.')).toEqual([['membership', '1995'], ['membership', '2003']]);
    expect(typed('Kazakhstan hosted the exercise in 2010, Tajikistan in 2012, and China in 2014.')).toEqual([['exercise', '2010'], ['exercise', '2012'], ['exercise', '2014']]);
    // Months whose year the text gave before are dates of their own too.
    const months = typed('In August 2021 the pilots fled. In September and November, the pilots were transferred to the United States.');
    expect(months).toContainEqual(['deployment', '2021-09']);
    expect(months).toContainEqual(['deployment', '2021-11']);
  });

  it('keeps one date per happening when another verb stands between the dates', () => {
    expect(typed('The treaty was signed in 2010 and ratified in 2012.')).toEqual([['agreement', '2010'], ['agreement', '2012']]);
    expect(typed('The army held drills from 2008 to 2012.')).toEqual([['exercise', '2008/2012']]);
  });

  it('gives each item of a dated list its own date', () => {
    expect(typed('In 2015 Belarus bought four fighters, in 2017 it deployed troops to the border and in 2020 it signed a treaty with Minsk.'))
      .toEqual([['procurement', '2015'], ['deployment', '2017'], ['agreement', '2020']]);
  });
});
