import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract } from '../pipeline.ts';

const kb = loadKnowledge();
// 2019-03-14 was a Thursday.
const PUB = 'date 2019-03-14\n';
const dates = (body: string, head = PUB) => extract(head + body, kb).events.map((e) => [e.date.start === e.date.end ? e.date.start : `${e.date.start}/${e.date.precision}`, e.type]);

describe('dates anchored to the publication date', () => {
  it.each([
    ['The defense ministers of Russia and Kazakhstan met on Wednesday in Astana.', '2019-03-13'],
    ['The defense ministers of Russia and Kazakhstan met on Thursday in Astana.', '2019-03-14'],
    ['The defense ministers of Russia and Kazakhstan met last Thursday in Astana.', '2019-03-07'],
    ['The defense ministers of Russia and Kazakhstan met yesterday in Astana.', '2019-03-13'],
    ['Russia and Kazakhstan signed the agreement on Monday, March 11.', '2019-03-11'],
    ['Russia and Kazakhstan signed the agreement on March 11.', '2019-03-11'],
  ])('%s -> %s', (body, day) => {
    expect(dates(body)[0]?.[0]).toBe(day);
  });

  it('dates a month without a year in the publication year, or the last one for a past month after it', () => {
    expect(dates('Russia and Kazakhstan signed an agreement in February.')[0]?.[0]).toBe('2019-02-01/month');
    expect(dates('Russia and Kazakhstan signed an agreement in November.')[0]?.[0]).toBe('2018-11-01/month');
  });

  it('dates "last month" and "last year" from the publication date', () => {
    expect(dates('Russia and Kazakhstan signed an agreement last month.')[0]?.[0]).toBe('2019-02-01/month');
    expect(dates('Russia and Kazakhstan signed an agreement last year.')[0]?.[0]).toBe('2018-01-01/year');
  });

  it('invents nothing without a publication date', () => {
    expect(dates('The defense ministers of Russia and Kazakhstan met on Wednesday in Astana.', '')).toEqual([]);
  });

  it('records that the date was read from the publication date', () => {
    const x = extract(`${PUB}The defense ministers met on Wednesday in Astana.`, kb);
    expect(x.meta?.publishedRule).toBe('meta.published-stamp');
  });
});

describe('reported speech in a dated report', () => {
  it('dates an undated statement on the day of the report, with its speaker', () => {
    const x = extract(`${PUB}Kazakhstan will buy four Su-30SM fighters from Russia, Defense Minister Nurlan Yermekbayev told reporters.`, kb);
    const st = x.events.find((e) => e.type === 'statement');
    expect(st?.date.start).toBe('2019-03-14');
    expect(st?.rule).toMatch(/^events\.statement\.[a-z-]+@story$/);
    expect(x.entities.some((e) => e.name === 'Nurlan Yermekbayev')).toBe(true);
  });
});

describe('reported happenings', () => {
  it('types a reported past happening by the happening, a reported plan by the report', () => {
    const types = (body: string) => extract(PUB + body, kb).events.map((e) => e.type);
    expect(types('In 2017 the Ministry of Defense of Belarus reported that Belarus signed a contract for the purchase of Su-30SM fighters.')).toContain('procurement');
    expect(types('In 2007 Akhmetov announced that defense funding would increase significantly.')).toEqual(['statement']);
  });
});

describe('a report without a publication stamp', () => {
  it('dates a later weekday or month from the day its lede states', () => {
    const x = extract('The President of Azerbaijan visited NATO Headquarters on Wednesday, 15 February 2012.\nNATO and Azerbaijan agreed in December a new partnership plan.', kb);
    expect(x.events.map((e) => [e.type, e.date.start.slice(0, 7)])).toContainEqual(['agreement', '2011-12']);
  });
});

describe('headlines', () => {
  it('dates no undated headline by the story day: the lede tells the happening', () => {
    const x = extract('Kazakhstan to buy more Su-30SM fighters\n\ndate 2019-03-14\nKazakhstan signed a contract for 12 Su-30SM fighters on Wednesday, the ministry said.', kb);
    const procurements = x.events.filter((e) => e.type === 'procurement');
    expect(procurements.map((e) => e.date.start)).toEqual(['2019-03-13']);
  });
});
