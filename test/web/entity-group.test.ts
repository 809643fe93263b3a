import { describe, expect, it } from 'vitest';
import { distinctClaims, mentionsBySentence, unquoted } from '../../web/src/entity/group.ts';
import type { EntityDetailT } from '../../web/src/types.ts';

type Mention = EntityDetailT['mentions'][number];
type Claim = EntityDetailT['claims'][number];

const entity = { id: 7, name: 'Northern Defense Pact', type: 'ORG' };
const mention = (id: number, sentence: number, quote: string, text: string): Mention => ({
  id, ref: `m${id}`, documentId: 1, sentence, start: id * 10, end: id * 10 + quote.length, quote, rule: 'test', confidence: 1,
  entity, sentenceText: text, documentTitle: 'A brief',
});
const claim = (id: number, sentence: number, kind: 'quote' | 'attribution', text: string): Claim => ({
  id, ref: `c${id}`, documentId: 1, sentence, start: 0, end: text.length, quote: text, rule: 'test', confidence: 1,
  kind, source: null, text, date: null,
});

describe('the entity page groups what it lists', () => {
  it('lists a sentence once when it names the entity twice (full name, then acronym)', () => {
    const s1 = 'The Northern Defense Pact (NDP) met in Vell; the NDP agreed to a joint staff.';
    const s2 = 'Later the NDP expanded.';
    const groups = mentionsBySentence([mention(1, 4, 'Northern Defense Pact', s1), mention(2, 4, 'NDP', s1), mention(3, 9, 'NDP', s2)]);
    expect(groups.map((g) => g.sentenceText)).toEqual([s1, s2]);
    expect(groups[0].mentions.map((m) => m.quote)).toEqual(['Northern Defense Pact', 'NDP']);
    expect(groups[0].ref).toBe('m1');
  });

  it('shows one statement once, without doubled quote marks', () => {
    const words = 'Pay for sergeants has fallen below that of drivers.';
    const kept = distinctClaims([claim(1, 5, 'attribution', `“${words}”`), claim(2, 5, 'quote', words), claim(3, 8, 'quote', words)]);
    expect(kept.map((c) => c.ref)).toEqual(['c2', 'c3']);
    expect(unquoted(`“${words}”`)).toBe(words);
    expect(`“${unquoted(kept[0].text)}”`).toBe(`“${words}”`);
  });

  it('keeps the fuller statement when one contains the other in the same sentence', () => {
    const kept = distinctClaims([claim(1, 3, 'attribution', 'under the new treaty, ties reached “a new level of trust”'), claim(2, 3, 'quote', 'a new level of trust')]);
    expect(kept.map((c) => c.ref)).toEqual(['c1']);
  });
});
