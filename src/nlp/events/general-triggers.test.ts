import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
function events(text: string) {
  const s = runSteps(newState(text, kb));
  return s.events.map((e) => ({ type: e.type, date: formatPartialDate(e.date), title: e.title, participants: e.participants.map((p) => p.entityKey) }));
}
const typed = (text: string) => events(text).map((e) => [e.type, e.date]);

describe('event triggers of the field', () => {
  it('finds deaths, coming to power and successions', () => {
    expect(typed('President Ivan Sokolov died in September 2016.')).toEqual([['other', '2016-09']]);
    expect(typed('Viktor Orlov came to power in December 2016.')).toEqual([['appointment', '2016-12']]);
    expect(typed('In 2004 the colonel succeeded General Markov as commander.')).toEqual([['appointment', '2004']]);
  });

  it('reads what follows on/about a trigger as its topic, not a second happening', () => {
    expect(typed('In March 2006 Georgia and Norway signed an agreement on the withdrawal of forces.')).toEqual([['agreement', '2006-03']]);
    expect(typed('In May 2010 the ministers held talks about the purchase of helicopters.')).toEqual([['meeting', '2010-05']]);
    // Without the topic preposition both stay: the withdrawal is told as its own happening.
    expect(typed('In 2006 Georgia and Norway signed an agreement, and in 2007 the withdrawal of forces began.').map(([t]) => t)).toEqual(['agreement', 'deployment']);
  });

  it('reads an order given to someone as no purchase', () => {
    expect(typed('In May 2021 the colonel ordered the wing to head for Kabul.').map(([t]) => t)).not.toContain('procurement');
    expect(typed('In 2019 the ministry ordered 12 jets to replace its old fleet.')).toEqual([['procurement', '2019']]);
  });

  it('reads deliveries, donations and transfers of equipment as procurement', () => {
    expect(typed('In March 2018, the air force took delivery of four transport aircraft.')).toEqual([['procurement', '2018-03']]);
    expect(typed('In 2019, Tajikistan received two Mi-8 helicopters.')).toEqual([['procurement', '2019']]);
    expect(typed('In 2020 China donated 40 armored vehicles to the army.')).toEqual([['procurement', '2020']]);
    expect(typed('In 2016 Russia transferred two helicopters to Kyrgyzstan.')).toEqual([['procurement', '2016']]);
    // Receiving training is education, not a delivery.
    expect(typed('In 2011 the officers received training in Turkey.')).toEqual([['education', '2011']]);
  });

  it('types a signing by its object: contracts and sales are procurement, treaties stay agreements', () => {
    expect(typed('In 2019, the ministry signed contracts with Airbus for two transport aircraft.')).toEqual([['procurement', '2019']]);
    expect(typed('In 2017, the State Department approved the sale of six helicopters to Georgia.')).toEqual([['procurement', '2017']]);
    expect(typed('A package of contracts worth $200 million was signed in 2021.')).toEqual([['procurement', '2021']]);
    expect(typed('In May 2020, Armenia signed an agreement with India on military-technical cooperation.')).toEqual([['agreement', '2020-05']]);
  });

  it('finds withdrawals, ceasefires, invasions and unrest', () => {
    expect(typed('Georgia pulled out of the CIS in 2008.')).toEqual([['membership', '2008']]);
    expect(typed('In 2012 Uzbekistan suspended its membership in the alliance.')).toEqual([['membership', '2012']]);
    expect(typed('In 2014 the alliance withdrew its troops from the country.')).toEqual([['deployment', '2014']]);
    expect(typed('A ceasefire was agreed in November 2020.')).toEqual([['agreement', '2020-11']]);
    expect(typed('Russia invaded Georgia in August 2008.')).toEqual([['incident', '2008-08']]);
    expect(typed('Protests erupted in January 2022.')).toEqual([['incident', '2022-01']]);
  });

  it('dates a happening named by a noun with a date attached', () => {
    expect(typed('The Andijan events of 13 May 2005 ended the partnership.')).toEqual([['incident', '2005-05-13']]);
    expect(typed('The 2015 devaluation hurt the defense budget.')).toEqual([['incident', '2015']]);
    expect(typed('The unrest of July 2022 led to new laws.').map((e) => e[0])).toContain('incident');
    expect(typed('The August 2008 war changed the region.')).toEqual([['incident', '2008-08']]);
  });

  it('dates an office held "since" a time by that time', () => {
    expect(typed('Bakhtiyor Rashidov has served as minister of defense since 2019.')).toEqual([['appointment', '2019']]);
    expect(typed('General Anton Volkov has been in office since October 2018.')).toEqual([['appointment', '2018-10']]);
  });

  it('prefers a stated date to the year in an exercise name', () => {
    expect(typed('Turkey and Azerbaijan held the Caspian Shield 2020 exercise from 29 July.')).toEqual([['exercise', '2020-07-29']]);
    expect(typed('The Peace Mission 2016 exercise was held in September 2016 in Kyrgyzstan.')).toEqual([['exercise', '2016-09']]);
  });

  it('makes no event of figures, descriptions of an author or a publication', () => {
    expect(events('Women made up about 6 percent of military personnel in 2020.')).toEqual([]);
    expect(events('The author, a former adviser to the ministry, published the book in 2019.')).toEqual([]);
  });

  it('lets a capital acting for its country stand for the country', () => {
    const [e] = events('Russia and Uzbekistan are neighbours of sorts. In 2004, Moscow and Tashkent signed a partnership treaty.');
    expect(e.participants).toEqual(expect.arrayContaining(['gz:country-ru', 'gz:country-uz']));
    // A capital where something happens stays a place.
    const [m] = events('Russia sent a delegation. In 2010 the ministers met in Moscow.');
    expect(m.participants).toContain('gz:city-moscow-ru');
  });

  it('does not date an extension by the end of its term', () => {
    expect(typed('In 2012, Kyrgyzstan extended the lease until 2032.')).toEqual([['agreement', '2012']]);
  });
});
