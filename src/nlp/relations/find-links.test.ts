import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract } from '../pipeline.ts';

const kb = loadKnowledge();
// Sentences written for these tests. Each link is shown as [type, rule, from quote, to quote, value].
function linksIn(text: string) {
  const x = extract(text, kb);
  const quoteOf = (end: { kind: string; index: number } | null) =>
    !end ? null : end.kind === 'quantity' ? x.quantities[end.index].quote : end.kind === 'event' ? x.events[end.index].title : x.mentions[end.index].quote;
  return (x.links ?? []).map((l) => ({ type: l.type, rule: l.rule, from: quoteOf(l.from), to: quoteOf(l.to), value: l.value, number: l.number, quote: l.quote }));
}

describe('the link step', () => {
  it('links an amount to its dollar equivalent (currency-pair)', () => {
    const l = linksIn('In 2015 the ministry spent 90 billion tenge ($480 million) on housing.').find((x) => x.type === 'equivalent');
    expect(l).toMatchObject({ rule: 'links.currency-pair', from: '90 billion tenge', to: '$480 million' });
    expect(l!.number).toBeCloseTo(90e9 / 480e6);
  });

  it('links the parts of a stated total, after a bracket or "including"', () => {
    const parts = linksIn('The air force flies 60 combat aircraft (20 MiG-29s and 40 Su-27s).').filter((x) => x.type === 'part_of');
    expect(parts.map((p) => [p.from, p.to])).toEqual([['20 MiG-29s', '60 combat aircraft'], ['40 Su-27s', '60 combat aircraft']]);
    const including = linksIn('The army has 20,000 troops, including 5,000 conscripts.').filter((x) => x.type === 'part_of');
    expect(including.map((p) => [p.from, p.to, p.value])).toEqual([['5,000 conscripts', '20,000 troops', 'including']]);
  });

  it('links the two ends of a stated change and the stated percentage', () => {
    const ls = linksIn('Pay rose from 50,000 tenge to 60,000 tenge, an increase of 20 percent.');
    expect(ls.find((x) => x.type === 'before_after')).toMatchObject({ from: '50,000 tenge', to: '60,000 tenge' });
    expect(ls.find((x) => x.type === 'change_of')).toMatchObject({ rule: 'links.stated-change', from: '20 percent', to: '50,000 tenge' });
  });

  it('links a figure stated as the earlier state to the one it was changed to', () => {
    const ls = linksIn('An officer previously earned 90,000 tenge a month, but his pay was reduced to 70,000 tenge in 2009.');
    expect(ls.find((x) => x.type === 'before_after')).toMatchObject({ rule: 'links.previously-changed-to', from: '90,000 tenge', to: '70,000 tenge' });
  });

  it('tells a contingent or a category of servicemen from the whole force', () => {
    const ls = linksIn('The armed forces number about 40,000 servicemen. The country keeps 300 engineers abroad. It has 9,000 contract servicemen.');
    const cue = (type: string) => ls.filter((x) => x.type === type).map((x) => x.from);
    expect(cue('whole_force')).toEqual(['about 40,000 servicemen']);
    expect(cue('partial_force')).toEqual(expect.arrayContaining(['300 engineers', '9,000 contract servicemen']));
  });

  it('resolves a shared currency name from the country the text is about, and says why', () => {
    const ls = linksIn('Uzbekistan raised defense spending. The budget of the armed forces reached 5 trillion som in 2020.');
    const c = ls.find((x) => x.type === 'currency');
    // Decided by the country, or by one of its bodies named in the sentence ("the armed forces" of Uzbekistan).
    expect(c).toMatchObject({ value: 'UZS' });
    expect(c!.rule).toMatch(/^links\.currency-from-(sentence|document)$/);
    const kg = linksIn('In Kyrgyzstan the defense budget reached 9 billion som in 2019.').find((x) => x.type === 'currency');
    expect(kg).toMatchObject({ rule: 'links.currency-from-sentence', value: 'KGS' });
  });

  it('finds no currency reason when no candidate country is named', () => {
    expect(linksIn('The budget reached 5 trillion som in 2020.').filter((x) => x.type === 'currency')).toEqual([]);
  });

  it('categorizes money by its own words, and a change by the words after it', () => {
    const ls = linksIn('The monthly salary of a lieutenant is 200,000 tenge. The budget grew by 8 billion tenge more than the previous year.');
    const cats = ls.filter((x) => x.type === 'money_category').map((x) => [x.from, x.value]);
    expect(cats).toEqual([['200,000 tenge', 'pay'], ['8 billion tenge', 'change']]);
  });
});
