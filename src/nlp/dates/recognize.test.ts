import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';
import { segment } from '../steps/01-segment.ts';
import { recognizeDates } from '../steps/05-dates.ts';

function dates(text: string, referenceDate: string | null = null): [string, string][] {
  const s = runSteps(newState(text, loadKnowledge(), referenceDate), [segment, recognizeDates]);
  return s.dates.map((d) => [d.quote, formatPartialDate(d.date)]);
}

describe('recognizeDates', () => {
  it('reads days, months and bare years at the precision written', () => {
    expect(dates('The treaty was signed on June 3, 1997 in Minsk.')).toEqual([['June 3, 1997', '1997-06-03']]);
    expect(dates('In April 2011 the brigade moved to the border.')).toEqual([['April 2011', '2011-04']]);
    expect(dates('Spending rose sharply in 1998.')).toEqual([['1998', '1998']]);
  });

  it('reads days of one month with the year after them as one interval', () => {
    expect(dates('Talks were held in 2004. The drills ran between September 14 and 20, 2017, near Osh.'))
      .toEqual([['2004', '2004'], ['September 14 and 20, 2017', '2017-09-14/2017-09-20']]);
    expect(dates('The summit met on May 3–5, 2012.')).toEqual([['May 3–5, 2012', '2012-05-03/2012-05-05']]);
  });

  it('resolves "that year" to a year stated earlier in its own sentence, even a plan\'s', () => {
    expect(dates('In December 2001 a doctrine was adopted. When plans for a base in 2015 were announced, the president rejected them in October of that year.'))
      .toEqual([['December 2001', '2001-12'], ['2015', '2015'], ['October of that year', '2015-10']]);
  });

  it('does not take counts and amounts for years', () => {
    expect(dates('The army fielded 2010 tanks and 1,785 personnel, costing $1999 each.')).toEqual([]);
  });

  it('reads decades, parts of decades and intervals', () => {
    expect(dates('During the 1980s the fleet aged.')).toEqual([['the 1980s', '1980/1989']]);
    expect(dates('In the early 1990s the units were disbanded.')).toEqual([['the early 1990s', '1990/1993']]);
    expect(dates('Between 1995 and 1999 three chiefs served.')).toEqual([['Between 1995 and 1999', '1995/1999']]);
    expect(dates('From 2002 to 2004 the plan ran.')).toEqual([['From 2002 to 2004', '2002/2004']]);
    expect(dates('The program for 2009–2012 and the cuts of 2008-09 followed.')).toEqual([['2009–2012', '2009/2012'], ['2008-09', '2008/2009']]);
  });

  it('keeps parts of a year at year precision', () => {
    expect(dates('Training began in early 2006 and ended by mid-2007.')).toEqual([['early 2006', '2006'], ['mid-2007', '2007']]);
  });

  it('anchors a month without a year on the year just stated, and never invents one', () => {
    expect(dates('In 2004 the navy was formed. In May it received two patrol boats.')).toEqual([['2004', '2004'], ['May', '2004-05']]);
    expect(dates('In May the fleet sailed to the coast.')).toEqual([]);
  });

  it('resolves anaphoric years against the previous date', () => {
    expect(dates('In 2004 Georgia signed a plan. That same year, Armenia signed one too. The following year, Azerbaijan did.'))
      .toEqual([['2004', '2004'], ['That same year', '2004'], ['The following year', '2005']]);
    expect(dates('A 2009 doctrine, which parliament approved in June that year, named new threats.')).toEqual([['2009', '2009'], ['June that year', '2009-06']]);
  });

  it('dates "this year" in a quotation by the time of speaking, outside it by publication', () => {
    const spoken = dates('In October 2010 the general spoke. “We will build more barracks this year,” he said.');
    expect(spoken.at(-1)).toEqual(['this year', '2010']);
    expect(dates('This year the ministry hired pilots.', '2015-05-01')).toEqual([['This year', '2015']]);
  });

  it('records a year inside a name as a date', () => {
    const s = runSteps(newState('The Kavkaz 2011 drill tested the brigade.', loadKnowledge()), [segment, recognizeDates]);
    expect(s.dates.map((d) => [d.quote, d.rule])).toEqual([['2011', 'dates.name-year']]);
  });
});

describe('relative dates counted in days and months', () => {
  it('counts days from a day and months from a month', () => {
    expect(dates('On 3 March 2015 the minister arrived. The next day, he signed a plan. Two days later, he left.').map((d) => d[1]))
      .toEqual(['2015-03-03', '2015-03-04', '2015-03-06']);
    expect(dates('In March 2015 the brigade formed. A month later it moved. Four months later it was disbanded.').map((d) => d[1]))
      .toEqual(['2015-03', '2015-04', '2015-08']);
  });
  it('never makes a month or day finer than its anchor', () => {
    expect(dates('In 2015 the brigade formed. A month later it moved.').map((d) => d[1])).toEqual(['2015', '2015']);
    expect(dates('In May 2015 the brigade formed. The next day it moved.').map((d) => d[1])).toEqual(['2015-05', '2015-05']);
  });
  it('reads a month or season named with a determiner in the anchor year', () => {
    expect(dates('In 2014 the treaty was signed. That September, the union began.')).toEqual([['2014', '2014'], ['That September', '2014-09']]);
    expect(dates('In October 2014 the treaty was signed. The following March, it took force.').map((d) => d[1])).toEqual(['2014-10', '2015-03']);
    expect(dates('In 2014 the treaty was signed. That spring, the union began.').map((d) => d[1])).toEqual(['2014', '2014-03/2014-05']);
  });
  it('does not anchor on a point of comparison', () => {
    expect(dates('The drill, the largest since 1995, took place in 2010. The following year, troops left.').map((d) => d[1]))
      .toEqual(['1995', '2010', '2011']);
  });

  it('places a month without a year in a new paragraph from the publication date, not the paragraph before', () => {
    const text = 'The minister was appointed after the unrest of January 2022.\nThe president also dismissed an official he had reprimanded in May.';
    expect(dates(text, '2025-06-08').map((d) => d[1])).toEqual(['2022-01', '2025-05']);
    // Without a publication date the nearby year is the reader's only guide.
    expect(dates(text).map((d) => d[1])).toEqual(['2022-01', '2022-05']);
    // In the same paragraph the text still moves in time.
    expect(dates('The unrest began in January 2022. Troops left in May.', '2025-06-08').map((d) => d[1])).toEqual(['2022-01', '2022-05']);
  });

  it('counts "N years ago" and "a month ago" back from the publication date', () => {
    expect(dates('The clash at Batken seven years ago changed the army. A month ago the base closed.', '2007-08-28').map((d) => d[1]))
      .toEqual(['2000', '2007-07']);
  });

  it('takes the year a sentence states later for a day without one, when nothing before gives it', () => {
    expect(dates('The troops completed their training on August 12 and took part in Khaan Quest 2017.').map((d) => d[1]))
      .toEqual(['2017-08-12', '2017']);
    // A year told before still comes first.
    expect(dates('The talks were held in 2015. The troops left on August 12 for the 2017 drills.').map((d) => d[1]))
      .toEqual(['2015', '2015-08-12', '2017']);
  });
});
