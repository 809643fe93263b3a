import { describe, expect, it } from 'vitest';
import { type Named, quantitiesOf } from './test-helpers.ts';

const quantities = (text: string, names: Named[] = []) => quantitiesOf(text, names).quantities;
const one = (text: string, names: Named[] = []) => {
  const list = quantities(text, names);
  expect(list, JSON.stringify(list.map((q) => q.quote))).toHaveLength(1);
  return list[0];
};

describe('holders', () => {
  it('lets a capital speak for its country', () => {
    const names: Named[] = [{ surface: 'Minsk', type: 'PLACE' }];
    expect(one('Minsk ordered 12 new helicopters last year.', names)).toMatchObject({ holder: 'Belarus', holderKey: null });
    const both: Named[] = [{ surface: 'Belarus', type: 'PLACE' }, ...names];
    const q = quantities('Belarus is landlocked. Minsk ordered 12 new helicopters.', both)[0];
    expect(q).toMatchObject({ holder: 'Belarus', holderKey: 'x:PLACE:Belarus' });
  });

  it('prefers a state over an exercise or a time phrase', () => {
    const names: Named[] = [{ surface: 'Steppe Shield', type: 'PROGRAM' }, { surface: 'Mongolia', type: 'PLACE' }];
    expect(one('During Steppe Shield, Mongolia fielded 800 soldiers.', names).holder).toBe('Mongolia');
  });

  it('does not make a destination the holder', () => {
    const names: Named[] = [{ surface: 'Lebanon', type: 'PLACE' }, { surface: 'Ireland', type: 'PLACE' }];
    const q = quantities('Ireland is neutral. It sent 340 peacekeepers to Lebanon.', names)[0];
    expect(q).toMatchObject({ holder: 'Ireland', subject: 'peacekeepers to Lebanon' });
  });

  it('gives each item of a list with its verb left out to the name before its dash', () => {
    const names: Named[] = [{ surface: 'Kyrgyzstan', type: 'PLACE' }, { surface: 'Armenia', type: 'PLACE' }, { surface: 'Tajikistan', type: 'PLACE' }];
    const qs = quantities('Kyrgyzstan sent 150 soldiers, Armenia - 100 of its troops, and Tajikistan – about 200 troops.', names);
    expect(qs.map((q) => [q.value, q.holder])).toEqual([[150, 'Kyrgyzstan'], [100, 'Armenia'], [200, 'Tajikistan']]);
  });
});

describe('money subjects', () => {
  it('takes the money noun next to the figure', () => {
    expect(one('Beijing extended a $700 million loan to Dushanbe.').subject).toBe('loan to Dushanbe');
    expect(one('Naval spending of NOK 2 billion was approved.').subject).toBe('Naval spending');
    expect(one('The embassy announced $15 million in military aid.').subject).toBe('military aid');
    expect(one('The deal was worth EUR 80 million.').subject).toBe('deal');
  });

  it('names a sum a named program gives by that program', () => {
    expect(one('Based on the draft budget, there is $26.4 million under the International Military Education and Training program.').subject)
      .toBe('funding under International Military Education and Training');
  });

  it('names the sum after the verb when no money noun does', () => {
    expect(one('Ankara spent TRY 60 billion on its navy.', [{ surface: 'Ankara', type: 'PLACE' }]))
      .toMatchObject({ subject: 'spending on its navy', holder: 'Turkey' });
    // What it was spent for says more than who spent it; in the passive the verb follows the sum.
    expect(quantities('The state has spent $1 billion for defense during the last two years.')[0].subject).toBe('spending for defense');
    expect(one('Some $1 billion was spent for the defense capability of the country.').subject).toBe('spending for the defense capability of the country');
  });

  it('reads currency names written after the figure', () => {
    expect(one('The army received 90 billion tugriks.').unit).toBe('MNT');
    expect(one('Pay rose to 4 million Uzbek soums.').unit).toBe('UZS');
  });
});

describe('counted noun phrases', () => {
  it('reads nationalities joined by "and" before the noun', () => {
    expect(one('The drill gathered 450 Polish and Lithuanian soldiers.')).toMatchObject({ kind: 'personnel', subject: 'Polish and Lithuanian soldiers gathered by drill' });
  });

  it('skips "other" and "more" before the noun', () => {
    expect(one('The navy runs two other repair facilities.')).toMatchObject({ kind: 'count', unit: 'facilities' });
    expect(one('The brigade will get 30 more trucks.')).toMatchObject({ kind: 'equipment', unit: 'trucks' });
  });

  it('takes the head of a compound the tagger splits', () => {
    expect(one('The battalion fields 16 command launch units.')).toMatchObject({ kind: 'equipment', unit: 'launch units' });
  });

  it('counts a time span on its own', () => {
    expect(one('Within three weeks Turkish marines landed.')).toMatchObject({ kind: 'count', unit: 'weeks', quote: 'three weeks' });
  });

  it('counts what an of-phrase names', () => {
    expect(one('Just 41 of the Leopard tanks were ready.')).toMatchObject({ kind: 'equipment', unit: 'tanks' });
  });

  it('counts the people of a group and more of the same', () => {
    expect(one('Chile sent a contingent of 75 to Haiti.')).toMatchObject({ kind: 'personnel', subject: 'contingent to Haiti' });
    const qs = quantities('Some 9,000 conscripts served in the army. A further 3,000 served with the border guard.');
    expect(qs.map((q) => [q.value, q.kind])).toEqual([[9000, 'personnel'], [3000, 'personnel']]);
    expect(qs[1].subject).toContain('served with the border guard');
  });

  it('describes the counted ones by what they did', () => {
    expect(one('Last year 800 cadets completed training in Turkey.').subject).toBe('cadets completed training in Turkey');
  });
});

describe('figures that are not quantities', () => {
  it('leaves out numbers in product names', () => {
    expect(quantities('The navy chose the Exocet 40 and the Gabriel 5 for its corvettes.')).toHaveLength(0);
  });

  it('leaves out relative time and rhetorical counts', () => {
    expect(quantities('Six weeks later, the minister resigned.')).toHaveLength(0);
    expect(quantities('Two reasons explain the delay.')).toHaveLength(0);
  });
});

describe('holders named indirectly', () => {
  it('reads "the service" as the last service named before', () => {
    const names: Named[] = [{ surface: 'Coastal Service of Oman', type: 'ORG' }, { surface: 'Muscat', type: 'PLACE' }];
    const q = quantities('In 2015 the Coastal Service of Oman moved to Muscat. The service is believed to number about 2,000 personnel.', names)[0];
    expect(q).toMatchObject({ value: 2000, holder: 'Coastal Service of Oman' });
  });

  it('gives the troops taking part in an exercise to the exercise', () => {
    const names: Named[] = [{ surface: 'NATO', type: 'ORG' }, { surface: 'Iron Falcon', type: 'PROGRAM', attributes: { kind: 'exercise' } }];
    const q = quantities("NATO's Iron Falcon exercise was held in May with about 1,500 troops.", names)[0];
    expect(q).toMatchObject({ value: 1500, holder: 'Iron Falcon' });
  });
});

describe('counted nouns', () => {
  it('ends the phrase at a plural counted noun even when the next word reads as a noun', () => {
    const q = one('Each spring around 300 Turkmen servicemen study at foreign schools.');
    expect(q).toMatchObject({ value: 300, kind: 'personnel', subject: 'Turkmen servicemen' });
  });

  it('lets two counted nouns of one kind joined by "and" share the figure', () => {
    expect(one('The school graduates about 60 pilots and navigators each year.')).toMatchObject({ value: 60, kind: 'personnel', subject: 'pilots and navigators' });
    expect(quantities('The regiment has 40 tanks and 12 howitzers.').map((q) => q.subject)).toEqual(['tanks', 'howitzers']);
  });

  it("reads a window of time ('during the last 20 years') and a stated duration as durations", () => {
    expect(quantities('They cooperated with the army during the last 20 years.').map((q) => [q.value, q.unit, q.subject])).toEqual([[20, 'years', 'duration in years']]);
    expect(one('Housing will be built within three years.')).toMatchObject({ value: 3, unit: 'years' });
    // An age compound gives the age of what it describes.
    expect(one('NATO is older than the 22-year-old CSTO.')).toMatchObject({ value: 22, kind: 'count', unit: 'years', subject: 'age of CSTO' });
    expect(one('The 40-year-old aircraft were retired.')).toMatchObject({ value: 40, subject: 'age of aircraft' });
    // A bare span of time measures how long something lasts.
    expect(one('Over the six months, the servicemen patrolled the sector.')).toMatchObject({ value: 6, kind: 'count', subject: 'duration in months' });
  });
});


describe('subjects told by the verb whose object the figure is', () => {
  it.each([
    ['The Chinese side will send more than 550 troops, mostly infantry.', 'troops sent by Chinese side'],
    ['The drills involve over 800 troops.', 'troops involved in drills'],
    ['Kant airbase currently hosts 10 Sukhoi fighters.', 'Sukhoi fighters hosted at Kant airbase'],
    // A verb's particle stands between it and the figure.
    ['The Chinese side sent out 369 people.', 'people sent by Chinese side'],
    ['The C295W can carry 70 soldiers.', 'soldiers carried by C295W'],
    // The group whose "of" counts them; others than those named.
    ['The airbase has a contingent of 150 soldiers.', 'soldiers in contingent'],
    ['The exercise has brought together about 1,500 troops.', 'troops brought by exercise'],
    ['The Taliban will form a regular standing army of 100,000 fighters.', 'fighters in regular standing army'],
    ['Observers from five other states were invited.', 'other states were invited'],
    ['President Tokayev replaced two ministers.', 'ministers replaced by President Tokayev'],
    // A post-modifier opened by "as" or "among" says which ones are meant.
    ['Since 2014, about 15 officers as military observers served in the missions.', 'officers as military observers'],
  ])('%s -> %s', (text, subject) => {
    expect(one(text).subject).toBe(subject);
  });

  it.each([
    // An infinitive's subject is not the noun before it; a noun after a preposition is no subject.
    ['The ministry signed a deal to buy 12 drones.', 'drones bought'],
    ['Within days, Russia withdrew some 1,200 personnel.', 'personnel withdrawn by Russia'],
    ['Within days they withdrew some 1,200 personnel.', 'personnel withdrawn'],
  ])('%s -> %s', (text, subject) => {
    expect(one(text).subject).toBe(subject);
  });

  it('gives a second object of the verb the same telling', () => {
    const qs = quantities('The drills involve over 800 troops and more than 100 units of military hardware.');
    expect(qs.map((q) => q.subject)).toEqual(['troops involved in drills', 'units of military hardware involved in drills']);
    const sent = quantities('The Chinese side will send 550 troops together with 130 vehicles.');
    expect(sent.map((q) => q.subject)).toEqual(['troops sent by Chinese side', 'vehicles sent by Chinese side']);
    // Figures the group's "of" counted before this one do not hide the group.
    expect(quantities('The airbase has a contingent of 250 Russian officers and 150 soldiers.').map((q) => q.subject))
      .toEqual(['Russian officers in contingent', 'soldiers in contingent']);
  });

  it('tells counted states and members by what the clause says of them', () => {
    expect(one('Talks between the six countries making up the bloc failed.').subject).toBe('countries making up the bloc');
    expect(one('Founded in 1992, the organization originally included nine states.').subject).toBe('states included in organization');
    expect(one('Troops from nine countries participated in the drill.').subject).toBe('countries participated in the drill');
  });

  it('keeps a modifier after the noun over the verb before it', () => {
    expect(one('Ireland sent 340 peacekeepers to Lebanon.').subject).toBe('peacekeepers to Lebanon');
  });
});
