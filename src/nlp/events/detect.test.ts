import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract, newState, runSteps } from '../pipeline.ts';
import { segment } from '../steps/01-segment.ts';
import { recognizeDates } from '../steps/05-dates.ts';
import { detectEvents } from '../steps/07-events.ts';

function events(text: string) {
  const s = runSteps(newState(text, loadKnowledge()), [segment, recognizeDates, detectEvents]);
  return s.events.map((e) => ({ type: e.type, date: formatPartialDate(e.date), title: e.title, quote: e.quote, cooperation: e.cooperation }));
}

describe('detectEvents', () => {
  it('dates the undated happenings of a paragraph by a sentence that only sets its scene', () => {
    // Past a report's lede, where its stated day would date every happening anyway.
    const lede = 'The war went on.\n\nPilots waited.\n\nThe north held.\n\n';
    const told = events(lede + 'The garrison had surrendered. The battalion withdrew its troops from Kabul. It was August 14, 2021.\n\nThe base was shelled.');
    expect(told.map((e) => [e.type, e.date])).toEqual([['incident', '2021-08-14'], ['deployment', '2021-08-14']]);
    // A sentence with more than a date sets no scene.
    expect(events(lede + 'The garrison had surrendered. It was a hard day in August 2021 for the army.')).toEqual([]);
  });

  it('types a dated clause by its trigger and keeps the evidence in the text', () => {
    const text = 'In March 2005, Uzbekistan signed a defense cooperation agreement with India.';
    const [e, ...rest] = events(text);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ type: 'agreement', date: '2005-03', cooperation: 'agree' });
    expect(e.title).toContain('Uzbekistan signed');
    expect(text).toContain(e.quote);
  });

  it('splits a sentence into one event per clause with its own trigger and date', () => {
    const got = events('General Petrov was reappointed Chief of Staff in May 2010; he had resigned in 2006.');
    expect(got.map((e) => [e.type, e.date])).toEqual([['appointment', '2010-05'], ['appointment', '2006']]);
    const two = events('In 2009, Mongolia joined the program and hosted a multinational exercise.');
    expect(two.map((e) => e.type)).toEqual(['membership', 'exercise']);
    expect(two[1].title).toMatch(/^Mongolia hosted/);
  });

  it('makes what an official announced a statement, not the thing announced', () => {
    expect(events('In June 2012, the minister announced that the army would buy new helicopters.').map((e) => e.type)).toEqual(['statement']);
    // The month "May" is no modal verb making the statement a mere possibility.
    expect(events('In May 2010, General Sokolov stated that the reform was over.').map((e) => [e.type, e.date])).toEqual([['statement', '2010-05']]);
  });

  it('finds no event in undated plans, horizons, negations or names', () => {
    expect(events('The ministry plans to create a new brigade.')).toEqual([]);
    expect(events('The ministry would buy jets during 2012-2014.')).toEqual([]);
    expect(events('In 2011, Tajikistan did not join the alliance.')).toEqual([]);
    expect(events('In 2010 the Collective Security Treaty Organization debated the crisis.')).toEqual([]);
  });

  it('keeps a planned happening whose year is set, or the year it is to be done by', () => {
    expect(events('The ministry plans to create a new brigade by 2020.').map((e) => [e.type, e.date])).toEqual([['reform', '2020']]);
    expect(events('Large-scale military exercises will be held in Kazakhstan in 2024.').map((e) => [e.type, e.date])).toEqual([['exercise', '2024']]);
    expect(events('In 2002, it became the first Central Asian state to join the Planning and Review Process.').map((e) => [e.type, e.date])).toEqual([['membership', '2002']]);
  });

  it('dates the items of a list by the sentence that introduces it', () => {
    const got = events('The decree of April 4, 2010 made these changes:\nA new Special Operations Command was created.\nThe air force and air defense were merged.');
    expect(got.map((e) => [e.type, e.date])).toEqual([['reform', '2010-04-04'], ['reform', '2010-04-04'], ['reform', '2010-04-04']]);
  });

  it('dates an anaphoric sentence by the year just told', () => {
    const got = events('In 2004 Georgia signed a cooperation plan with NATO. That same year, Armenia signed a similar agreement.');
    expect(got.map((e) => [e.type, e.date])).toEqual([['agreement', '2004'], ['agreement', '2004']]);
    expect(got[1].title).toContain('Armenia');
  });

  it('keeps the first telling of a happening told again later', () => {
    const text = [
      'In 2002, Moldova joined PARP, the alliance planning process.',
      'Its army was small. Its budget was smaller. Reform was slow. Officers left.',
      'Moldova, which joined PARP in 2002, still lacks trained staff officers.',
    ].join('\n');
    expect(events(text).filter((e) => e.type === 'membership')).toHaveLength(1);
  });

  it('reads a definite mention of the same kind of happening a few sentences on as that happening told again', () => {
    const text = 'On 16 October 2019 the CSTO kicked off exercise Interaction 2019 near Mulino. During the drills, which run on October 16-18, troops will practise.';
    expect(events(text).map((e) => [e.type, e.date])).toEqual([['exercise', '2019-10-16']]);
    // An indefinite mention is a happening of its own.
    const two = events('On 16 October 2019 the CSTO kicked off exercise Interaction 2019. On 16 October 2019 Russia also held a naval exercise.');
    expect(two.map((e) => e.type)).toEqual(['exercise', 'exercise']);
  });

  it('takes the finer date of the later telling when it falls inside the first one', () => {
    const text = 'In 2012 the SCO held joint exercises in Tajikistan. The exercises began on June 8, 2012 near Khujand.';
    expect(events(text).map((e) => [e.type, e.date])).toEqual([['exercise', '2012-06-08']]);
  });

  it('keeps one event for a named exercise told in the headline, the lead and the body', () => {
    const text = [
      'Kazakhstan to hold Steppe Eagle 2015 drills with the USA',
      'Kazakhstan will conduct the Steppe Eagle 2015 exercise near Almaty in 2015, the ministry said.',
      'Preparations for the Steppe Eagle 2015 drills continue. The 2014 Steppe Eagle exercises took place in Germany in 2014.',
    ].join('\n');
    const got = extract(text, loadKnowledge()).events.filter((e) => e.type === 'exercise').map((e) => formatPartialDate(e.date));
    expect(got).toEqual(['2015', '2014']);
  });

  it('gives the day of the story to neither a past perfect nor a perfect statement, and reads "the proposed" as no statement', () => {
    const kb = loadKnowledge();
    const typed = (text: string) => extract(text, kb).events.map((e) => [e.type, formatPartialDate(e.date)]);
    expect(typed('date 2021-10-28\nThe minister said the base would open soon.')).toEqual([['statement', '2021-10-28']]);
    expect(typed('date 2021-10-28\nParliament had approved a plan to build the base.')).toEqual([]);
    expect(typed('date 2021-10-28\nAuthorities have said that troops will not be stationed there.')).toEqual([]);
    expect(typed('date 2000-04-18\nThe proposed assistance would be provided through three programs.')).toEqual([]);
  });

  it('reads a budget that only is some amount, or one a project starts with, as no happening', () => {
    expect(events('In 2020 its military budget was about $1.1 billion.')).toEqual([]);
    expect(events('The project started in 2021 with a budget of 21 million euros.').map((e) => e.type)).not.toContain('budget');
    expect(events('In 2008 the defense budget was reduced.').map((e) => e.type)).toEqual(['budget']);
  });

  it('reads "as early as in August 2009" as the date of what happened', () => {
    expect(events('He announced the decision to build a fleet as early as in Aug 2009.').map((e) => e.date)).toEqual(['2009-08']);
  });
});
