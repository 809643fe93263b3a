import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../knowledge/load.ts';
import { extract, newState, runSteps } from '../pipeline.ts';
import { readPageMeta } from './00-page-meta.ts';
import { segment } from './01-segment.ts';

const kb = loadKnowledge();
const meta = (text: string, given: string | null = null) => runSteps(newState(text, kb, given), [readPageMeta]);
const published = (text: string) => {
  const s = meta(text);
  return { date: s.meta.publishedDate, rule: s.meta.publishedRule };
};

describe('readPageMeta: the publication date a page states', () => {
  it.each([
    ['date 2016-04-05 (MENAFN- Trend News Agency)\n\nThe ministry said...', '2016-04-05', 'meta.published-stamp'],
    ['Last updated: 12 June 2019 14:05\n\nTroops arrived.', '2019-06-12', 'meta.updated-stamp'],
    ['Published: March 3, 2016\nUpdated: March 5, 2016\nTroops arrived.', '2016-03-03', 'meta.published-stamp'],
    ['Drills in the steppe\nBy A. Author, March 3, 2016\n\nTroops arrived.', '2016-03-03', 'meta.byline-date'],
    ['Drills in the steppe\n05.04.2012\nTroops arrived.', '2012-04-05', 'meta.date-line'],
    ['ALMATY, October 2, 2009 – Kazakhstan and Russia signed a deal.', '2009-10-02', 'meta.dateline'],
    ['Eurasia Daily Monitor, 12 Mar 08:\nThe minister resigned.', '2008-03-12', 'meta.dateline'],
    ['November 13, 2007 / 7:14 PM / 12 years ago\n\nRussia closed its base.', '2007-11-13', 'meta.date-line'],
    ['POLITICS 20:15 / 29.01.2025 556\n\nDrones were bought.', '2025-01-29', 'meta.date-line'],
    ['Drills begin\nSource:Ministry of National Defense Editor:Huang Panyue 2021-08-27 16:03:12\nTroops arrived.', '2021-08-27', 'meta.byline-date'],
    ['Fact Sheet\nAs released by the Office of the Spokesman, Tashkent, Uzbekistan, April 18, 2000\nAid was pledged.', '2000-04-18', 'meta.byline-date'],
    ['Steppe Eagle drills\n08 февраля 2015, 17:24\nTroops arrived.', '2015-02-08', 'meta.date-line'],
    ['Uzbekistan orders planes\nJUNE 22 2015 (The Conway Bulletin) – The ministry has ordered four planes.', '2015-06-22', 'meta.dateline'],
    ['Minister Says Army Keeps Conscription\nTroops on parade in 2006 (RFE/RL) August 28, 2007 (RFE/RL) -- The minister says there are no plans.', '2007-08-28', 'meta.dateline'],
    ['Khaan Quest commences\n  • By\n  • May 23,2016\n  • 697\nThe exercise began yesterday.', '2016-05-23', 'meta.date-line'],
    ['Troops of 47 countries to take part\nХуучирсан мэдээ: 2016.01.28-нд нийтлэгдсэн\nThe exercise is planned for May.', '2016-01-28', 'meta.date-line'],
  ])('%j -> %s (%s)', (text, date, rule) => {
    expect(published(text)).toEqual({ date, rule });
  });

  it('finds none in body prose or a year alone', () => {
    expect(published('In 2009 the army had 60,000 troops.\nOn March 3, 2016, it held drills.').date).toBeNull();
    expect(published('By 2020, Kazakhstan plans to field a new brigade.').date).toBeNull();
  });

  it('keeps a date given by the reader (HTML meta, front matter, --date) over the text', () => {
    const s = meta('date 2016-04-05\nTroops arrived.', '2001-02-03');
    expect(s.meta).toMatchObject({ publishedDate: '2001-02-03', publishedRule: 'given' });
  });

  it('takes a dateline year from the page stamp and blanks both out of the narrative', () => {
    const text = 'date 2024-01-17\nASTANA, Kazakhstan, January 17. Large-scale exercises will be held in 2024.';
    const s = meta(text);
    expect(s.meta.pageSpans.map((p) => [text.slice(p.start, p.end), p.date])).toEqual([['date 2024-01-17', '2024-01-17'], ['January 17', '2024-01-17']]);
    expect(s.text).toHaveLength(text.length);
    expect(s.text).not.toContain('January 17');
    expect(s.text).toContain('ASTANA, Kazakhstan,');
  });
});

describe('readPageMeta: page furniture', () => {
  it('marks share, navigation, logo, cookie and placeholder lines, not prose', () => {
    const text = [
      'Read more', 'Bookmark and Share', 'None', 'Kazinform logo', 'This website uses cookies to improve your experience.',
      'Stay up to date with more news on Trend News Agency\'s WhatsApp channel', 'MENAFN18012024000187011040ID1107737089',
      'The ministry said 300 troops would take part in the drills.',
    ].join('\n');
    const s = meta(text);
    const marked = s.meta.pageSpans.map((p) => text.slice(p.start, p.end));
    expect(marked).toHaveLength(7);
    expect(marked).not.toContain('The ministry said 300 troops would take part in the drills.');
    expect(s.meta.pageSpans.every((p) => p.rule.startsWith('furniture.'))).toBe(true);
  });

  it('extracts nothing from furniture', () => {
    const x = extract('Share\n12 comments\nPage 2 of 5\nThe army received 12 tanks in 2010.', kb);
    expect(x.quantities.map((q) => q.quote)).toEqual(['12 tanks']);
  });

  it('reads who wrote and who published a page from its byline, labels and dateline, and still reads those names', () => {
    const credit = (text: string) => {
      const x = extract(text, kb);
      return Object.fromEntries(x.meta!.pageSpans.filter((p) => /^meta\.(author|publisher)$/.test(p.rule)).map((p) => [p.rule, text.slice(p.start, p.end)]));
    };
    expect(credit('Drills in the steppe\nStory and photos by SGT. JANE ROE/U.S. ARMY CENTRAL\nTroops arrived.')).toEqual({ 'meta.author': 'SGT. JANE ROE' });
    expect(credit('TBILISI (Reuters) - Russia said it had closed its base.')).toEqual({ 'meta.publisher': 'Reuters' });
    expect(credit('Drills\nPublication: Eurasia Daily Monitor Volume: 7 Issue: 22\nTroops arrived.')).toEqual({ 'meta.publisher': 'Eurasia Daily Monitor' });
    expect(credit('By 2020, the army had grown.')).toEqual({});
    expect(extract('Drills\nBy Anna Roe, March 3, 2016\nTroops arrived.', kb).entities.map((e) => e.name)).toContain('Anna Roe');
    // The byline's name is a person even with a given name the lexicon does not know, ranks aside.
    expect(extract('Drills in the steppe\nStory and photos by SGT. JANE ROE/U.S. ARMY CENTRAL\nTroops arrived.', kb).entities.map((e) => [e.type, e.name])).toContainEqual(['PERSON', 'Jane Roe']);
  });

  it('marks weather lines as furniture', () => {
    const x = extract('1.3° c YEREVAN\n-1.1° c STEPANAKERT\nThe army received 12 tanks in 2010.', kb);
    expect(x.entities.map((e) => e.name)).not.toContain('YEREVAN');
    expect(x.meta?.pageSpans.map((p) => p.rule)).toEqual(['furniture.weather', 'furniture.weather']);
  });

  it('reads a headline the page prints twice once', () => {
    const x = extract('Turkmenistan to buy eight warships in Turkey\n\nTurkmenistan to buy eight warships in Turkey\n\nThe order will be carried out by Dearsan.', kb);
    expect(x.quantities.map((q) => q.value)).toEqual([8]);
    expect(x.meta?.pageSpans.map((p) => p.rule)).toEqual(['furniture.repeated-line']);
  });
});

describe('readPageMeta: exchange-rate tickers', () => {
  it('marks ticker lines as furniture, not money', () => {
    const x = extract('USD 87.45\nEUR 103.45\n• KGS/USD = 0.01144 0%\nThe army received 12 tanks in 2010.', kb);
    expect(x.quantities.map((q) => q.quote)).toEqual(['12 tanks']);
    expect(x.meta?.pageSpans.map((p) => p.rule)).toEqual(['furniture.ticker', 'furniture.ticker', 'furniture.ticker']);
  });
});

describe('readPageMeta: hard-wrapped pages', () => {
  const wrappedText = [
    'Russia to double number of warplanes at Central Asian airbase',
    'Kant, which is Russia’s only military base in Central Asia,',
    'currently hosts 10 Sukhoi fighters, two Mi-8 helicopters and',
    'about a dozen other transport and training airplanes, officials',
    'said on Monday. The expansion of the base will take place by',
    'December, he stressed.',
  ].join('\n');

  it('joins lines the page wrapped mid-sentence, and keeps the title apart', () => {
    const s = runSteps(newState(wrappedText, kb), [readPageMeta, segment]);
    expect(s.text).toHaveLength(wrappedText.length);
    const texts = s.sentences.map((x) => wrappedText.slice(x.start, x.end).replace(/\n/g, ' '));
    expect(texts[0]).toBe('Russia to double number of warplanes at Central Asian airbase');
    expect(texts[1]).toMatch(/^Kant, which is .* officials said on Monday\.$/);
    expect(texts[2]).toBe('The expansion of the base will take place by December, he stressed.');
  });

  it('reads a trigger written across a wrapped line', () => {
    const x = extract(`${wrappedText}\nOn June 27, 2007 Russia officially handed over its military\nbase in Akhalkalaki to Georgia at a ceremony attended by both.`, kb);
    expect(x.events.some((e) => e.type === 'deployment' && e.date.start === '2007-06-27')).toBe(true);
  });

  it('keeps line breaks as sentence ends in text that is not wrapped', () => {
    const s = runSteps(newState('Air Defense\nThe army grew.\nTroops number 9,000', kb), [readPageMeta, segment]);
    expect(s.sentences).toHaveLength(3);
  });
});
