import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peopleView, programsView, renderPeople, renderPrograms } from '../../src/analysis/index.ts';
import { PartialDates as D } from '../../src/model/date.ts';
import type { AtlasStore } from '../../src/store/store.ts';
import { DocBuilder } from './helpers/builder.ts';
import { cleanDoc } from './helpers/clean-doc.ts';
import { storeWith } from './helpers/store.ts';

describe('peopleView', () => {
  let store: AtlasStore;
  beforeAll(async () => {
    const text = 'Karl Vos became Defense Minister in 2001. Mara Lind succeeded him as Defense Minister in May 2005.';
    const b = new DocBuilder('ministers.txt', text);
    const mod = b.entity('x:ORG:mod', 'ORG', 'Ministry of Defense');
    const vos = b.entity('x:PERSON:vos', 'PERSON', 'Karl Vos');
    const lind = b.entity('x:PERSON:lind', 'PERSON', 'Mara Lind', { rank: 'Colonel' });
    b.mentions(vos, 'Karl Vos').mentions(lind, 'Mara Lind');
    b.relation('Karl Vos became Defense Minister in 2001', vos, 'holds_post', mod, { label: 'Defense Minister', validFrom: D.year(2001) })
      .relation('Mara Lind succeeded him as Defense Minister in May 2005', lind, 'holds_post', mod, { label: 'Defense Minister', validFrom: D.month(2005, 5) })
      .event('Mara Lind succeeded him as Defense Minister in May 2005', { type: 'appointment', date: D.month(2005, 5), title: 'Mara Lind appointed Defense Minister', participants: [[lind, 'subject']] });
    store = await storeWith(b, cleanDoc());
  });
  afterAll(async () => { await store.close(); });

  it('lists who held which post from when, with titles and appointment events', async () => {
    const v = await peopleView(store);
    expect(v.people.map((p) => p.person.name)).toEqual(['Karl Vos', 'Mara Lind', 'Paul Sand', 'Anna Berg']);
    const lind = v.people.find((p) => p.person.name === 'Mara Lind')!;
    expect(lind.titles).toEqual(['Colonel']);
    expect(lind.posts).toMatchObject([{ post: 'Defense Minister', org: { name: 'Ministry of Defense' }, from: { label: 'May 2005' } }]);
    expect(lind.appointments.map((a) => a.label)).toEqual(['May 2005']);
    expect(lind.posts[0].source.ref).toMatch(/^r\d+$/);
  });

  it('puts holders of one post in date order', async () => {
    const v = await peopleView(store);
    const post = v.posts.find((p) => p.post === 'Defense Minister, Ministry of Defense')!;
    expect(post.holders.map((h) => `${h.person.name} ${h.from.label}`)).toEqual(['Karl Vos 2001', 'Mara Lind May 2005', 'Paul Sand Jun 2007']);
    expect(renderPeople(v)).toMatch(/Karl Vos \((?:in post by |from )2001\) → Mara Lind \((?:in post by |from )May 2005\) → Paul Sand \((?:in post by |from )Jun 2007\)/);
  });
});

describe('programsView', () => {
  let store: AtlasStore;
  beforeAll(async () => { store = await storeWith(cleanDoc()); });
  afterAll(async () => { await store.close(); });

  it('gives each program its events, dates and parties', async () => {
    const v = await programsView(store);
    const steppe = v.programs.find((p) => p.program.name === 'Blue Steppe')!;
    expect(steppe).toMatchObject({ kind: 'exercise', first: { label: '2005' }, last: { label: '2005' } });
    expect(steppe.parties.map((p) => p.name).sort()).toEqual(['China', 'Freedonia']);
    expect(steppe.events.map((e) => e.type)).toEqual(['exercise']);
  });

  it('reads the elements a document lists after a colon', async () => {
    const plan = (await programsView(store)).programs.find((p) => p.program.name === 'Blue Plan')!;
    expect(plan.elements.slice(0, 3).map((e) => e.text)).toEqual(['Build a naval unit', 'Train pilots', 'Open a language school']);
    expect(renderPrograms(await programsView(store))).toContain('• Train pilots');
  });

  it('takes periods from interval dates and year counts', async () => {
    const text = 'The Iron Road plan is a five-year program. The Iron Road plan runs from 2008 to 2013.';
    const b = new DocBuilder('plan.txt', text);
    const plan = b.entity('x:PROGRAM:iron', 'PROGRAM', 'Iron Road plan');
    b.mentions(plan, 'Iron Road plan');
    b.quantity('five-year', { value: 5, kind: 'count', unit: 'years', subject: 'duration of the plan' })
      .event('The Iron Road plan runs from 2008 to 2013', { type: 'agreement', date: D.interval(D.year(2008), D.year(2013)), title: 'Iron Road plan period', participants: [[plan, 'subject']] });
    const s = await storeWith(b);
    const p = (await programsView(s)).programs[0];
    expect(p.periods.map((x) => x.label).sort()).toEqual(['2008–2013', '5 years']);
    await s.close();
  });
});
