import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
const typed = (text: string) => runSteps(newState(text, kb)).events.map((e) => [e.type, formatPartialDate(e.date)]);

describe('deployments as analysts write them', () => {
  it('reads missions joined, troops contributed and tours served abroad', () => {
    expect(typed('In 2004 the battalion joined the UN mission in Lebanon.')).toEqual([['deployment', '2004']]);
    expect(typed('In 2005 a platoon served in Iraq alongside Polish forces.')).toEqual([['deployment', '2005']]);
    expect(typed('In 2012 the unit took part in the peacekeeping operation in Mali.')).toEqual([['deployment', '2012']]);
    expect(typed('In 2009 Armenia contributed a company of sappers to the coalition.')).toEqual([['deployment', '2009']]);
  });

  it('reads rotations, patrols, returns and basing', () => {
    expect(typed('The first rotation left for Afghanistan in March 2010.')).toEqual([['deployment', '2010-03']]);
    expect(typed('In 2007, the brigade rotated into Afghanistan.')).toEqual([['deployment', '2007']]);
    expect(typed('Kazakh peacekeepers began patrolling the Golan Heights in 2019.')).toEqual([['deployment', '2019']]);
    expect(typed('The troops returned home in December 2008.')).toEqual([['deployment', '2008-12']]);
    expect(typed('From 2001 the airfield hosted about 1,000 coalition troops.')).toEqual([['deployment', '2001']]);
  });

  it('keeps a drill named like a mission an exercise', () => {
    expect(typed('In 2016 the brigade took part in the Peace Mission exercises.')).toEqual([['exercise', '2016']]);
  });
});

describe('incidents as analysts write them', () => {
  it('reads killings, losses, ambushes and cyberattacks', () => {
    expect(typed('In 2010 ethnic violence killed hundreds of people in Osh.')).toEqual([['incident', '2010']]);
    expect(typed('A suicide bomber killed nine soldiers in Kabul in May 2011.')).toEqual([['incident', '2011-05']]);
    expect(typed('In 2014 militants ambushed a patrol near the border.')).toEqual([['incident', '2014']]);
    expect(typed('In 2017 a cyberattack hit the defense ministry.')).toEqual([['incident', '2017']]);
    expect(typed('A shooting at a military base in 2012 left 15 border guards dead.')).toEqual([['incident', '2012']]);
  });

  it('does not read a planned or denied attack as one', () => {
    expect(typed('In 2015 the ministry said no soldiers were killed.')).not.toContainEqual(['incident', '2015']);
  });
});

describe('appointments and type overrides', () => {
  it('reads posts taken and left', () => {
    expect(typed('General Ivanov stepped down in March 2019.')).toEqual([['appointment', '2019-03']]);
    expect(typed('In 2012 Sokolov replaced General Markov as chief of the general staff.')).toEqual([['appointment', '2012']]);
  });

  it('types a founded training centre as education and an adopted declaration as an agreement', () => {
    expect(typed('In 2015 the government opened a new training centre for sergeants.')).toEqual([['education', '2015']]);
    expect(typed('In 2011 the two ministers adopted a joint declaration on border security.')).toEqual([['agreement', '2011']]);
  });
});
