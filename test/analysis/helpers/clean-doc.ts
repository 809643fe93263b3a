import { PartialDates as D } from '../../../src/model/date.ts';
import { DocBuilder } from './builder.ts';

/**
 * An invented, internally consistent report on the invented country Freedonia: force structure,
 * equipment, money, partners, people, a plan with listed elements, education. The audit must find nothing here.
 */
const TEXT = [
  'In 2010 the Freedonian Army numbered about 40,000 troops.',
  'The Army is part of the Armed Forces of Freedonia.',
  'The Northern Command, with 9,000 troops, is subordinate to the Army.',
  'General Anna Berg has commanded the Army since March 2010.',
  'The Air Force has 60 combat aircraft (20 Hawk-7s, 25 Kite-3s and 15 Swift-2s).',
  'A further 30 Hawk-7s are planned.',
  'In 2009 the defense budget was 300 billion tenge ($2 billion).',
  'The 2009 procurement budget was 30 billion tenge ($200 million).',
  'Defense spending reached 330 billion tenge in 2010.',
  'Defense spending equals 1.1 percent of GDP.',
  'Funding for training rose 10-fold, from 5 billion tenge to 52 billion tenge.',
  'In May 2004, Freedonia signed a defense cooperation agreement with Russia.',
  'The May 2004 agreement with Russia covers training.',
  'In 2004, Freedonia joined NATO.',
  'Freedonian troops held the Blue Steppe exercise with China in 2005.',
  'In 2005, Freedonia bought 10 trucks from India.',
  'Paul Sand was appointed Defense Minister in June 2007.',
  'Of the 200 officers educated in the United States, 50 have resigned.',
  'Each year 120 cadets study abroad.',
  'The Army had 41,000 troops in 2010.',
  'The Blue Plan lists its goals:',
].join(' ') + '\nBuild a naval unit.\nTrain pilots.\nOpen a language school.\nThe plan was adopted in 2008.';

export function cleanDoc(path = 'freedonia.txt'): DocBuilder {
  const b = new DocBuilder(path, TEXT, 'Freedonia defense review');
  const fr = b.entity('gz:fr', 'PLACE', 'Freedonia', { kind: 'country' }, [{ alias: 'Freedonian', kind: 'demonym' }]);
  const ru = b.entity('gz:ru', 'PLACE', 'Russia', { kind: 'country' });
  const cn = b.entity('gz:cn', 'PLACE', 'China', { kind: 'country' });
  const ind = b.entity('gz:in', 'PLACE', 'India', { iso2: 'IN' });
  const us = b.entity('gz:us', 'PLACE', 'United States', { kind: 'country' });
  const nato = b.entity('gz:nato', 'ORG', 'North Atlantic Treaty Organization', { kind: 'alliance' }, [{ alias: 'NATO', kind: 'acronym' }]);
  const af = b.entity('x:ORG:af', 'ORG', 'Armed Forces of Freedonia', { kind: 'armed forces', country: 'Freedonia' });
  const army = b.entity('x:ORG:army', 'ORG', 'Army', { kind: 'branch' });
  const airForce = b.entity('x:ORG:air', 'ORG', 'Air Force', { kind: 'branch', country: 'Freedonia', parent: 'Armed Forces of Freedonia' });
  const north = b.entity('x:ORG:north', 'ORG', 'Northern Command', { kind: 'command' });
  const mod = b.entity('x:ORG:mod', 'ORG', 'Ministry of Defense', { kind: 'ministry', country: 'Freedonia' });
  const berg = b.entity('x:PERSON:berg', 'PERSON', 'Anna Berg', { title: 'General' });
  const sand = b.entity('x:PERSON:sand', 'PERSON', 'Paul Sand', { title: 'Defense Minister' });
  const hawk = b.entity('gz:hawk', 'EQUIPMENT', 'Hawk-7', { role: 'fighter', origin: 'Russia' });
  const kite = b.entity('gz:kite', 'EQUIPMENT', 'Kite-3', { role: 'fighter', origin: 'Russia' });
  const swift = b.entity('gz:swift', 'EQUIPMENT', 'Swift-2', { role: 'attack', origin: 'France' });
  const steppe = b.entity('x:PROGRAM:steppe', 'PROGRAM', 'Blue Steppe', { kind: 'exercise' });
  const plan = b.entity('x:PROGRAM:plan', 'PROGRAM', 'Blue Plan', { kind: 'plan' });
  b.mentions(fr, 'Freedonia', 'Freedonian').mentions(ru, 'Russia').mentions(cn, 'China').mentions(ind, 'India').mentions(us, 'United States')
    .mentions(nato, 'NATO').mentions(army, 'Army').mentions(airForce, 'Air Force').mentions(north, 'Northern Command')
    .mentions(berg, 'Anna Berg').mentions(sand, 'Paul Sand').mentions(steppe, 'Blue Steppe').mentions(plan, 'Blue Plan');

  b.quantity('about 40,000 troops', { value: 40000, qualifier: 'about', kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Army', holderKey: army, date: D.year(2010) })
    .quantity('9,000 troops', { value: 9000, kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Northern Command', holderKey: north })
    .quantity('41,000 troops', { value: 41000, kind: 'personnel', unit: 'troops', subject: 'troops', holder: 'Army', holderKey: army, date: D.year(2010) });
  b.relation('The Army is part of the Armed Forces of Freedonia', army, 'part_of', af)
    .relation('The Northern Command, with 9,000 troops, is subordinate to the Army', north, 'part_of', army)
    .relation('General Anna Berg has commanded the Army since March 2010', berg, 'holds_post', army, { label: 'Commander', validFrom: D.month(2010, 3) })
    .relation('Paul Sand was appointed Defense Minister in June 2007', sand, 'holds_post', mod, { label: 'Defense Minister', validFrom: D.month(2007, 6) });

  const eq = (quote: string, value: number, subject: string, subjectKey: string | null, status: string | null = 'in service') =>
    b.quantity(quote, { value, kind: 'equipment', unit: 'aircraft', subject, subjectKey, holder: 'Air Force', holderKey: airForce, status });
  eq('60 combat aircraft', 60, 'combat aircraft', null).quantity('20 Hawk-7s', { value: 20, kind: 'equipment', unit: 'aircraft', subject: 'Hawk-7', subjectKey: hawk, holder: 'Air Force', holderKey: airForce, status: 'in service' });
  eq('25 Kite-3s', 25, 'Kite-3', kite);
  eq('15 Swift-2s', 15, 'Swift-2', swift);
  eq('30 Hawk-7s', 30, 'Hawk-7', hawk, 'planned');

  const money = (quote: string, value: number, unit: string, subject: string, year: number | null, within?: string) =>
    b.quantity(quote, { value, kind: 'money', unit, subject, holder: 'Freedonia', holderKey: fr, date: year ? D.year(year) : null }, { within });
  money('300 billion tenge', 300e9, 'KZT', 'defense budget', 2009);
  money('$2 billion', 2e9, 'USD', 'defense budget', 2009);
  money('30 billion tenge', 30e9, 'KZT', 'procurement budget', 2009, 'The 2009 procurement budget was 30 billion tenge');
  money('$200 million', 200e6, 'USD', 'procurement budget', 2009);
  money('330 billion tenge', 330e9, 'KZT', 'defense spending', 2010);
  b.quantity('1.1 percent of GDP', { value: 1.1, kind: 'percent', unit: 'percent', subject: 'defense spending as share of GDP', holder: 'Freedonia', holderKey: fr });
  b.quantity('10-fold', { value: 10, kind: 'count', unit: 'fold', subject: 'increase in training funding' });
  money('5 billion tenge', 5e9, 'KZT', 'training funding', null, 'from 5 billion tenge');
  money('52 billion tenge', 52e9, 'KZT', 'training funding', null);

  b.event('In May 2004, Freedonia signed a defense cooperation agreement with Russia', { type: 'agreement', date: D.month(2004, 5), title: 'Freedonia and Russia sign defense cooperation agreement', participants: [[fr, 'actor'], [ru, 'partner']] })
    .event('The May 2004 agreement with Russia covers training', { type: 'agreement', date: D.month(2004, 5), title: 'Freedonia and Russia sign defense cooperation agreement', participants: [[ru, 'partner']] })
    .event('In 2004, Freedonia joined NATO', { type: 'membership', date: D.year(2004), title: 'Freedonia joins NATO', participants: [[fr, 'actor'], [nato, 'partner']] })
    .event('Freedonian troops held the Blue Steppe exercise with China in 2005', { type: 'exercise', date: D.year(2005), title: 'Blue Steppe exercise', participants: [[fr, 'actor'], [cn, 'partner'], [steppe, 'subject']] })
    .event('In 2005, Freedonia bought 10 trucks from India', { type: 'procurement', date: D.year(2005), title: 'Freedonia buys trucks from India', participants: [[fr, 'actor'], [ind, 'partner']] })
    .event('Paul Sand was appointed Defense Minister in June 2007', { type: 'appointment', date: D.month(2007, 6), title: 'Paul Sand appointed Defense Minister', participants: [[sand, 'subject']] })
    .event('Of the 200 officers educated in the United States', { type: 'education', date: D.year(2006), title: 'Freedonian officers educated in the United States', participants: [[fr, 'actor'], [us, 'location']] })
    .event('The plan was adopted in 2008', { type: 'agreement', date: D.year(2008), title: 'Blue Plan adopted', participants: [[plan, 'subject']] });
  b.quantity('10 trucks', { value: 10, kind: 'equipment', unit: 'trucks', subject: 'trucks', holder: 'Freedonia', holderKey: fr, date: D.year(2005) });
  b.quantity('200 officers', { value: 200, kind: 'personnel', unit: 'officers', subject: 'officers educated in the United States', holder: 'Freedonia', holderKey: fr })
    .quantity('50', { value: 50, kind: 'personnel', unit: 'officers', subject: 'officers who resigned', holder: 'Freedonia', holderKey: fr }, { within: '50 have resigned' })
    .quantity('120 cadets', { value: 120, kind: 'personnel', unit: 'cadets', subject: 'cadets studying abroad each year', holder: 'Freedonia', holderKey: fr });
  return b;
}
