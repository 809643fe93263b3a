import { describe, expect, it } from 'vitest';
import { numbersOf } from '../numbers/test-helpers.ts';

const figures = (text: string) => numbersOf(text).numbers.filter((n) => !n.isYear);
const one = (text: string) => {
  const list = figures(text);
  expect(list, JSON.stringify(list.map((n) => n.quote))).toHaveLength(1);
  return list[0];
};

describe('recognizeNumbers: how figures are written', () => {
  it('reads thousands separators, decimals and scale words', () => {
    expect(one('The fleet counts 3,450 trucks.').value).toBe(3450);
    expect(one('Spending stayed near 1.4 percent of output.').value).toBe(1.4);
    expect(one('The contract is worth 2.75 billion rubles.').value).toBe(2_750_000_000);
    expect(one('A reserve of 45 000 men was formed.').value).toBe(45_000);
  });

  it('reads number words, dozens and compounds', () => {
    expect(one('The navy has twenty-three patrol boats.').value).toBe(23);
    expect(one('Some two hundred and fifty cadets graduated.').value).toBe(250);
    expect(one('A dozen advisers arrived.').value).toBe(12);
    expect(one('The budget grew tenfold.')).toMatchObject({ value: 10, unit: 'fold' });
    expect(one('Procurement rose 30-fold over the decade.')).toMatchObject({ value: 30, unit: 'fold' });
  });

  it('turns fractions into percentages but leaves ordinals alone', () => {
    expect(one('Roughly one-third of the pilots left.')).toMatchObject({ value: 33.33, unit: 'percent', qualifier: 'about' });
    expect(one('Two thirds of the depots are empty.').value).toBeCloseTo(66.67, 1);
    expect(figures('A third stage of the reform began, the second in a decade.')).toHaveLength(0);
    expect(figures('In the first half of the year, the army grew.')).toHaveLength(0);
  });

  it('attaches currencies written before or after the figure', () => {
    expect(one('The deal was worth $450 million.')).toMatchObject({ value: 450_000_000, unit: 'USD' });
    expect(one('Pay rose to 90,000 tenge.')).toMatchObject({ value: 90_000, unit: 'KZT' });
    expect(one('Each unit costs €12m.')).toMatchObject({ value: 12_000_000, unit: 'EUR' });
    expect(one('Imports reached USD 3 billion.')).toMatchObject({ value: 3_000_000_000, unit: 'USD' });
    expect(one('The grant was 5 million US dollars.')).toMatchObject({ unit: 'USD' });
    expect(one('Uzbekistan paid 800 billion sum.')).toMatchObject({ unit: 'UZS' });
    // After a qualifier written after the figure; and shared with a bare figure listed before it.
    expect(one('They paid 500 or more US dollars.')).toMatchObject({ value: 500, unit: 'USD', qualifier: 'at_least' });
    expect(figures('They paid 400, 500 or more US dollars.').map((f) => [f.value, f.unit])).toEqual([[400, 'USD'], [500, 'USD']]);
  });

  it('keeps two money figures apart and lets a scaled figure inherit the currency of its paragraph', () => {
    const n = figures('The budget was 300 billion tenge ($2 billion), some 40 billion more than in the year before.');
    expect(n.map((x) => [x.value, x.unit, x.qualifier])).toEqual([
      [300e9, 'KZT', 'exact'], [2e9, 'USD', 'exact'], [40e9, 'KZT', 'about'],
    ]);
    const m = figures('Funding will grow from 20 million rubles now to 1.5 billion next year.');
    expect(m.map((x) => x.unit)).toEqual(['RUB', 'RUB']);
    expect(figures('It leased 2 million hectares after spending 50 million euros.').map((x) => x.unit)).toEqual([null, 'EUR']);
  });

  it('reads percentages and gives a "from X to Y" pair its shared unit', () => {
    expect(one('Readiness fell to 62% last year.')).toMatchObject({ value: 62, unit: 'percent' });
    expect(one('About 7 per cent of recruits failed.')).toMatchObject({ value: 7, unit: 'percent', qualifier: 'about' });
    expect(figures('The share grew from 30 to 55 percent.').map((x) => [x.value, x.unit])).toEqual([[30, 'percent'], [55, 'percent']]);
  });

  it('keeps both ends of a range', () => {
    expect(one('Each crew flies 12–15 sorties.')).toMatchObject({ value: 12, low: 12, high: 15, qualifier: 'range' });
    expect(one('Between 300 and 400 instructors serve.')).toMatchObject({ low: 300, high: 400, quote: 'Between 300 and 400' });
    expect(one('It fields two or three brigades.')).toMatchObject({ low: 2, high: 3 });
  });

  it('records the qualifier written before or after the figure', () => {
    const q = (t: string) => one(t).qualifier;
    expect(q('It has approximately 9,000 troops.')).toBe('about');
    expect(q('It has up to 40 drones.')).toBe('up_to');
    expect(q('It has at least 6 corvettes.')).toBe('at_least');
    expect(q('It has more than 500 tanks.')).toBe('more_than');
    expect(q('It has over 500 tanks.')).toBe('more_than');
    expect(q('It has fewer than 20 jets.')).toBe('less_than');
    expect(q('It has 30 or more helicopters.')).toBe('at_least');
  });

  it('marks years and year ranges, but not a year-shaped count of a plural noun', () => {
    const all = numbersOf('In 1998 and again during 2004–06 the army sent 2000 troops.').numbers;
    expect(all.map((n) => [n.quote, n.isYear])).toEqual([['1998', true], ['2004–06', true], ['2000', false]]);
    expect(numbersOf("The country's 2010 military doctrine changed little.").numbers.every((n) => n.isYear)).toBe(true);
  });

  it('leaves out designations, dates, ordinals, decades, codes and page furniture', () => {
    const none = [
      'The Su-30SM and the T-90 replaced the F-5E and the BMP-2s.',
      'It was signed on March 3, 2005 and again on 14 June 2007.',
      'In the 21st century the 1990s model was abandoned after 9/11.',
      'See p. 45, No. 7, Table 3 and Article 5 of the treaty.[12]',
      'The C4ISR upgrade began at 10:30 under Resolution 1540.',
      'Its Type 052D destroyers joined the Leopard 2A6 battalion.',
      'One of the officers said no one was ready.',
      'The new Five-Year Plan and Article Three were adopted.',
      'The convoy left at 6 pm on Jan. 5 and he became the number two official.',
      'The reform stalled (Olcott 2005, 45).',
      'The P-18-2 radars and the S-125-2M launchers were upgraded.',
      'The drill ran from August 24 to 29 and again on August 5-23, 2013.',
      'The boats carry 12.7 mm heavy machine guns and a 152-mm howitzer.',
      'The ministers met one-on-one and then face-to-face.',
      'Its fleet flew UH-60 Black Hawk, MD- 530 and PC-12 aircraft.',
      'Military units No. 013 and 232 and pages 12, 14 of the report.',
    ];
    for (const t of none) expect(figures(t), t).toHaveLength(0);
  });

  it('skips numbering at the start of a list line', () => {
    const list = figures('Weaknesses:\n1. Poor training of 300 recruits.\n2) Old radars.');
    expect(list.map((n) => n.value)).toEqual([300]);
  });

  it('points every span at its text', () => {
    const s = numbersOf('Around 1,200 sailors and 14 ships, worth $3 billion, served in 2019.');
    for (const n of s.numbers) expect(s.text.slice(n.start, n.end)).toBe(n.quote);
  });
});

describe('recognizeNumbers: amounts written as shares of a scale or with a lone scale letter', () => {
  it('reads "half a billion" and "a quarter of a million" as amounts, "half of" as a share', () => {
    expect(one('The Kremlin wrote off nearly half a billion dollars of debt.')).toMatchObject({ value: 500_000_000, unit: 'USD' });
    expect(one('A quarter of a million troops took part.').value).toBe(250_000);
    expect(one('Half of the pilots left.')).toMatchObject({ value: 50, unit: 'percent' });
  });

  it('reads a lone scale letter before a currency code', () => {
    expect(one('The project started with a budget of 21.65 M EUR.')).toMatchObject({ value: 21_650_000, unit: 'EUR' });
  });
});
