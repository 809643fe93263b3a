import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
const typed = (text: string) => runSteps(newState(text, kb)).events.map((e) => [e.type, formatPartialDate(e.date)]);

describe('more of the field\'s event vocabulary', () => {
  it('reads handovers of bases, reinforcements and call-ups as deployments', () => {
    expect(typed('In May 2015 the coalition handed the airfield over to the national army.')).toEqual([['deployment', '2015-05']]);
    expect(typed('In 2019 the army reinforced its garrison on the eastern frontier.')).toEqual([['deployment', '2019']]);
    expect(typed('In 2016 the government called up reservists.')).toEqual([['deployment', '2016']]);
  });

  it('finds equipment entering service, first batches and received batteries', () => {
    expect(typed('The new radars entered service in 2012.')).toEqual([['procurement', '2012']]);
    expect(typed('The first batch of armored vehicles arrived in 2014.')).toEqual([['procurement', '2014']]);
    expect(typed('In 2018 the air force received two S-125 batteries.')).toEqual([['procurement', '2018']]);
  });

  it('does not read "a sign of" as a signing', () => {
    expect(typed('In 2011 the border closure was a sign of deep mistrust.')).toEqual([]);
  });

  it('finds founding membership, restorations of bodies and leaders of ministries', () => {
    expect(typed('In 2001 the republic became a founding member of the organization.')).toEqual([['membership', '2001']]);
    expect(typed('The National Guard was restored in 2018.')).toEqual([['reform', '2018']]);
    expect(typed('General Ivan Orlov headed the General Staff from 2004 to 2010.')).toEqual([['appointment', '2004/2010']]);
    // An institution replacing another is a reform, not an appointment.
    expect(typed('In 2012 the committee was abolished and replaced by a new agency.').map((e) => e[0])).not.toContain('appointment');
  });

  it('types simulations and joint training as exercises, and written-off debts as other', () => {
    expect(typed('In June 2010 the drill simulated an insurgent uprising.')).toEqual([['exercise', '2010-06']]);
    expect(typed('In 2017 the two brigades trained together near the border.')).toEqual([['exercise', '2017']]);
    expect(typed('In 2013 the creditor wrote off $300 million of debt.')).toEqual([['other', '2013']]);
  });

  it('keeps "the same course" out of education and finds admitted cadets', () => {
    expect(typed('In 2015 the government kept the same course.')).toEqual([]);
    expect(typed('In September 2020 the academy admitted its first group of foreign cadets.')).toEqual([['education', '2020-09']]);
  });

  it('finds travel to a capital and a storming', () => {
    expect(typed('In March 2009 the minister traveled to Beijing.')).toEqual([['meeting', '2009-03']]);
    expect(typed('In April 2010 protesters stormed the government building.')).toEqual([['incident', '2010-04']]);
  });
});

describe('dates of clauses', () => {
  it('prefers the finer of two dates that name one time', () => {
    expect(typed('The treaty was signed in 2012. The parliament ratified it the following year, in October 2013.'))
      .toEqual([['agreement', '2012'], ['agreement', '2013-10']]);
  });

  it('does not lend a "since" date to a coordinated clause', () => {
    const got = typed('In January 2011 the president dismissed General Petrov, who had led the army since 2004, and appointed General Sidorov in his place.');
    expect(got[got.length - 1]).toEqual(['appointment', '2011-01']);
    // A "since" date the next clause hangs on ("since 2011, when ...") dates it.
    const next = typed('In 2016 the army received new radars, and the new tanks have entered service since 2011, when the first battery was handed over to the brigade.');
    expect(next[next.length - 1]).toEqual(['procurement', '2011']);
  });
});

describe('occasions and named exercises', () => {
  it('finds the visit a possessive names as the occasion of another event', () => {
    expect(typed('In May 2016, during Nikolai Petrov\'s visit to Astana, the two sides signed a memorandum.'))
      .toEqual([['agreement', '2016-05'], ['meeting', '2016-05']]);
  });

  it('knows the strategic exercises of the region by name, one per year, dated as finely as the clause allows', () => {
    expect(typed('Vostok 2014 and Vostok 2018 followed, the latter held in September 2018.'))
      .toEqual([['exercise', '2014'], ['exercise', '2018-09']]);
    expect(typed('Peace Mission 2012 was held in Tajikistan.')).toEqual([['exercise', '2012']]);
  });
});

describe('typing by context', () => {
  it('types a relative clause with the noun it tells about', () => {
    expect(typed('The government funded the Border Staff College, which opened in Osh in May 2011.')).toEqual([['education', '2011-05']]);
  });

  it('reads a treaty coming into force as an agreement and provided equipment as procurement', () => {
    expect(typed('The treaty entered into force in March 2004.')).toEqual([['agreement', '2004-03']]);
    expect(typed('In 2012 Turkey provided armored vehicles to the national guard.')).toEqual([['procurement', '2012']]);
    expect(typed('In 2009 forty officers attended courses at the staff college.')).toEqual([['education', '2009']]);
  });
});

describe('borrowed dates', () => {
  it('borrows the date of the sentence just before, not of one further back', () => {
    expect(typed('In 2005 the army held a large exercise. The ministry signed a contract for new trucks.'))
      .toEqual([['exercise', '2005'], ['procurement', '2005']]);
    expect(typed('In 2005 the army held a large exercise. Its scale surprised observers. The ministry signed a contract for new trucks.'))
      .toEqual([['exercise', '2005']]);
    // A plan or a perfect borrows nothing: it tells no happening on the date just told.
    expect(typed('In 2005 the army held a large exercise. The ministry will sign a contract for new trucks.')).toEqual([['exercise', '2005']]);
    expect(typed('In 2005 the army held a large exercise. The ministry has signed a contract for new trucks.')).toEqual([['exercise', '2005']]);
  });
});

describe('clauses', () => {
  it('keeps a sentence-final coordinated verb with its clause', () => {
    expect(typed('In 2014 two commanders were appointed and dismissed.')).toEqual([['appointment', '2014']]);
  });
});
