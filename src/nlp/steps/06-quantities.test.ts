import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps, STEPS } from '../pipeline.ts';
import { type Named, quantitiesOf } from '../numbers/test-helpers.ts';

const quantities = (text: string, names: Named[] = []) => quantitiesOf(text, names).quantities;
const one = (text: string, names: Named[] = []) => {
  const list = quantities(text, names);
  expect(list, JSON.stringify(list.map((q) => q.quote))).toHaveLength(1);
  return list[0];
};

describe('bindQuantities: kind, unit and subject', () => {
  it('tells equipment, personnel and other counts apart by the counted noun', () => {
    const qs = quantities('The corps fields 310 main battle tanks, 4,500 conscripts and 6 motor rifle brigades.');
    expect(qs.map((q) => [q.value, q.kind, q.unit, q.subject])).toEqual([
      [310, 'equipment', 'main battle tanks', 'main battle tanks'],
      [4500, 'personnel', 'conscripts', 'conscripts'],
      [6, 'count', 'brigades', 'motor rifle brigades'],
    ]);
  });

  it('counts models by their designation and links the equipment entity', () => {
    const names: Named[] = [{ surface: 'Su-30SM', type: 'EQUIPMENT', attributes: { role: 'fighter' } }];
    const qs = quantities('The wing operates 24 Su-30SMs and 8 Yak-130s.', names);
    expect(qs.map((q) => [q.value, q.kind, q.subject, q.unit])).toEqual([[24, 'equipment', 'Su-30SM', 'aircraft'], [8, 'equipment', 'Yak-130', null]]);
    expect(qs[0].subjectKey).toBe('x:EQUIPMENT:Su-30SM');
  });

  it('reads money, percent and fold figures with their subject', () => {
    const money = one('In 2012 the defense budget reached 320 billion tenge.');
    expect(money).toMatchObject({ kind: 'money', unit: 'KZT', subject: 'defense budget' });
    const share = one('Only about 60 percent of the officer posts were filled.');
    expect(share).toMatchObject({ kind: 'percent', unit: 'percent', subject: 'officer posts', qualifier: 'about' });
    expect(one('Spending on training will rise fivefold.')).toMatchObject({ kind: 'count', unit: 'fold', value: 5 });
    expect(one('The fleet bought $75 million worth of spare parts.').subject).toBe('spare parts');
    // Members the text lists as countries are states, counted, not people.
    const countries: Named[] = [{ surface: 'Latvia', type: 'PLACE', attributes: { kind: 'country' } }, { surface: 'Estonia', type: 'PLACE', attributes: { kind: 'country' } }];
    expect(quantities('The bloc has two members, Latvia and Estonia, at odds.', countries).map((q) => q.kind)).toEqual(['count']);
    expect(quantities('The unit has 40 members, who trained.').map((q) => q.kind)).toEqual(['personnel']);
    // A lexicon noun that holds an "of" is one counted noun.
    expect(one('The army has 150 pieces of artillery.')).toMatchObject({ kind: 'equipment', value: 150 });
    expect(one('The drills involved more than 100 units of military hardware.')).toMatchObject({ kind: 'equipment', value: 100 });
    // A counter of machines with a machine noun after a few modifiers.
    expect(one('Mongolia upgraded 24 pieces of essential equipment.')).toMatchObject({ kind: 'equipment', subject: 'pieces of essential equipment' });
    expect(one('There are 3 pieces of evidence.')).toMatchObject({ kind: 'count' });
    // "for 54 months period": a word that only says it is a span.
    expect(one('The project runs for 54 months period.')).toMatchObject({ subject: 'duration in months' });
    // A currency named like a people ("Afghani") before a plural noun is no money.
    expect(one('The U.S. asked Tajikistan to let in 9,000 Afghani refugees.')).toMatchObject({ kind: 'count', value: 9000 });
    // People in service are personnel; civilians are counted.
    expect(one('The base hosts 1,200 servicemen.')).toMatchObject({ kind: 'personnel' });
    expect(one('The clashes forced 30,000 civilians to flee.')).toMatchObject({ kind: 'count', value: 30000 });
    expect(one('The unit will build a dormitory for 40 children.')).toMatchObject({ kind: 'count', unit: 'children', value: 40 });
    // A share says which ones it is of; "army of N" is a force's strength in people.
    expect(one('At least 70 percent of the troops serving in the border service are hired.').subject).toBe('troops serving in the border service');
    expect(one('The new army of 150,000 would have its own uniform.')).toMatchObject({ kind: 'personnel', value: 150000 });
  });

  it('gives a parenthesised conversion the subject of the figure it converts', () => {
    const qs = quantities('Monthly pay was raised to 95,000 tenge (about $640).');
    expect(qs.map((q) => [q.unit, q.subject])).toEqual([['KZT', 'Monthly pay'], ['USD', 'Monthly pay']]);
  });

  it('reads durations, measures and rates', () => {
    expect(one('They signed a three-year training plan.')).toMatchObject({ kind: 'count', unit: 'years', subject: 'training plan', quote: 'three-year training plan' });
    expect(one('The ministry will build 12,000 square meters of barracks.')).toMatchObject({ unit: 'square meters', subject: 'barracks' });
    expect(one('Crews train for about 60 hours per year.')).toMatchObject({ unit: 'hours per year', quote: 'about 60 hours per year' });
    expect(one('A 600-strong battalion deployed.')).toMatchObject({ kind: 'personnel', subject: 'battalion' });
    // A measure unit before its noun without the hyphen; a range of it too.
    expect(one('The drone carries a 2 kilogram warhead.')).toMatchObject({ kind: 'count', unit: 'kilograms', subject: 'warhead' });
    expect(quantities('It carries a 1-2 kilogram explosive payload.').map((q) => [q.value, q.high, q.unit, q.subject])).toEqual([[1, 2, 'kilograms', 'explosive payload']]);
  });

  it('reads a force strength given without a noun', () => {
    const names: Named[] = [{ surface: 'Naval Forces', type: 'ORG' }];
    expect(one('The Naval Forces number about 3,000.', names)).toMatchObject({ kind: 'personnel', subject: 'Naval Forces personnel strength', holder: 'Naval Forces' });
    expect(one('The number of contract soldiers grew to 18,000.')).toMatchObject({ kind: 'personnel', unit: 'soldiers' });
  });

  it('lets a figure without a noun count what the figure before it counted', () => {
    const qs = quantities('Of the 90 pilots trained abroad, 35 have left the service.');
    expect(qs.map((q) => [q.value, q.kind, q.unit])).toEqual([[90, 'personnel', 'pilots'], [35, 'personnel', 'pilots']]);
  });

  it('lets a bare figure share the noun of the figure after it or of the sentence before', () => {
    const cut = quantities('The plan cuts the army from 60,000 to 45,000 troops and closes 9 of its 25 bases.');
    expect(cut.map((q) => [q.value, q.unit])).toEqual([[60000, 'troops'], [45000, 'troops'], [9, 'bases'], [25, 'bases']]);
    const them = quantities('Some 8,000 reservists were called up. About 900 of them were officers.');
    expect(them.map((q) => [q.value, q.kind])).toEqual([[8000, 'personnel'], [900, 'personnel']]);
    expect(quantities('About 12,000 conscripts, of whom 3,000 serve abroad, joined.').map((q) => q.unit)).toEqual(['conscripts', 'conscripts']);
    // The last person or machine noun before a bare figure, whichever it is.
    const machines = quantities('The pilots fled and took the planes with them: about 60 in Tajikistan.');
    // What they did follows the list of their models in parentheses.
    expect(one('In August, 24 helicopters (UH-60 Black Hawk, Mi-17) crossed the border.').subject).toBe('helicopters crossed the border');
    expect(machines.map((q) => [q.value, q.kind, q.unit, q.subject])).toEqual([[60, 'equipment', 'planes', 'planes in Tajikistan']]);
  });

  it('reads ages in years', () => {
    expect(one('Men aged 18 to 27 are drafted.')).toMatchObject({ kind: 'count', unit: 'years', low: 18, high: 27 });
  });

  it('drops what is not a stated figure', () => {
    expect(quantities('One notable change was the new doctrine.')).toHaveLength(0);
    expect(quantities('The two sides agreed to meet again.')).toHaveLength(0);
    expect(quantities('It was the second stage of the reform in 2004.')).toHaveLength(0);
    expect(quantities('Washington’s Approach: 5-year Plans')).toHaveLength(0);
    expect(quantities('Exercise Zapad 2013 ended.', [{ surface: 'Zapad 2013', type: 'PROGRAM' }])).toHaveLength(0);
  });

  it('keeps range ends and a qualifier written after the noun', () => {
    expect(one('A sergeant with 15–18 years of service earns little.')).toMatchObject({ value: 15, low: 15, high: 18, qualifier: 'range', unit: 'years' });
    expect(one('The air force keeps 40 helicopters or more.').qualifier).toBe('at_least');
  });
});

describe('bindQuantities: holder, date and status', () => {
  const names: Named[] = [
    { surface: 'Kyrgyzstan', type: 'PLACE' },
    { surface: 'Air Force', type: 'ORG' },
    { surface: 'Kant', type: 'PLACE' },
    { surface: 'Marshall Center', type: 'ORG' },
  ];

  it('takes the organization that is the subject of the sentence, not one after a preposition', () => {
    const q = one('Based in Kant, the Air Force operates 12 helicopters.', names);
    expect(q).toMatchObject({ holder: 'Air Force', holderKey: 'x:ORG:Air Force' });
  });

  it('takes the possessed organization in "X’s Y"', () => {
    expect(one('Kyrgyzstan’s Air Force has 20 aircraft.', names).holder).toBe('Air Force');
  });

  it('carries the holder from the sentence before when the clause subject is generic', () => {
    const qs = quantities('The Air Force has grown. The transport fleet includes 9 aircraft. Kyrgyzstan is small.', names);
    expect(qs[0].holder).toBe('Air Force');
  });

  it('takes an organization named in the counted phrase', () => {
    expect(one('The visit included four experts from the Marshall Center.', names).holder).toBe('Marshall Center');
  });

  it('falls back to the most mentioned place', () => {
    const text = 'Kyrgyzstan borders China. Kyrgyzstan is poor.\nThe budget reached 4 billion som.';
    expect(one(text, names).holder).toBe('Kyrgyzstan');
  });

  it('reads the status of equipment from the words around it', () => {
    const qs = quantities('It holds 300 tanks and 120 guns, all unserviceable, and plans to acquire 6 drones.');
    expect(qs.map((q) => q.status)).toEqual(['unserviceable', 'unserviceable', 'planned']);
  });

  it('takes the nearest date of the sentence from step 05', () => {
    const s = quantitiesOf('In May 2009 the navy received 3 corvettes.');
    s.dates = [{ start: 3, end: 11, quote: 'May 2009', sentence: 0, date: { start: '2009-05-01', end: '2009-05-31', precision: 'month' }, relative: false, rule: 'test' }];
    runSteps(s, STEPS.filter((x) => x.id === 'quantities'));
    expect(s.quantities[0].date?.precision).toBe('month');
  });
});

describe('bindQuantities on the development document', () => {
  const path = new URL('../../../../shared/corpus/mcdermott-kazakhstan-defense-policy-review.txt', import.meta.url);
  it.skipIf(!existsSync(path))('quotes its text exactly and never binds a year', () => {
    const text = readFileSync(path, 'utf8');
    const s = runSteps(newState(text, loadKnowledge()));
    expect(s.quantities.length).toBeGreaterThan(50);
    for (const q of s.quantities) {
      expect(text.slice(q.start, q.end)).toBe(q.quote);
      expect(q.quote.length).toBeLessThan(120);
      expect(/^(1[89]|20)\d\d$/.test(q.quote)).toBe(false);
    }
  });
});

describe('bindQuantities on messy text', () => {
  it('never throws and keeps quotes true to the text', () => {
    const pieces = ['1', '2,5', '$', '(', ')', '–', '-', 'one', 'third', 'of', 'tanks', 'percent', ' ', '\n', '.', '%', 'million',
      'the', 'MiG-', '9/', 'Tenge', 'about', 'between', 'and', 'fold', '000', 'A', 'May', ',', 'year', '’s'];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 40; n++) {
      const text = Array.from({ length: 60 }, () => pieces[Math.floor(rand() * pieces.length)]).join(rand() < 0.5 ? ' ' : '');
      const s = quantitiesOf(text);
      for (const q of [...s.numbers, ...s.quantities]) expect(text.slice(q.start, q.end)).toBe(q.quote);
    }
    expect(quantitiesOf('').quantities).toEqual([]);
  });
});
