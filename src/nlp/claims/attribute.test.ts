import { describe, expect, it } from 'vitest';
import type { Entity } from '../../model/facts.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';
import type { PipelineState } from '../state.ts';
import { segment } from '../steps/01-segment.ts';
import { recognizeDates } from '../steps/05-dates.ts';
import { attributeClaims } from '../steps/09-claims.ts';

/** A state with hand-made entity mentions: the entity steps are someone else's. */
function claims(text: string, names: Record<string, Entity['type']>) {
  const s: PipelineState = runSteps(newState(text, loadKnowledge()), [segment, recognizeDates]);
  for (const [name, type] of Object.entries(names)) {
    const key = `x:${type}:${name.toLowerCase()}`;
    s.entities.set(key, { key, type, name, aliases: [], attributes: {}, source: 'extracted' });
    for (const m of text.matchAll(new RegExp(name, 'g'))) {
      s.mentions.push({ start: m.index, end: m.index + name.length, quote: name, sentence: 0, rule: 'test', confidence: 1, entityKey: key });
    }
  }
  s.mentions.sort((a, b) => a.start - b.start);
  attributeClaims.run(s);
  return s.claims;
}

describe('attributeClaims', () => {
  it('attributes "According to X" and "as X notes" clauses to X', () => {
    const got = claims('According to Ivanova, the reform failed to reach its goals. As Smith notes, the budget remains small.', { Ivanova: 'PERSON', Smith: 'PERSON' });
    expect(got.map((c) => [c.kind, c.sourceKey, c.text])).toEqual([
      ['attribution', 'x:PERSON:ivanova', 'the reform failed to reach its goals.'],
      ['attribution', 'x:PERSON:smith', 'the budget remains small.'],
    ]);
  });

  it('attributes "X argues that" to X, past an appositive', () => {
    const got = claims('Petrov, director of the Defense Institute, argues that conscription will end soon.', { Petrov: 'PERSON', 'Defense Institute': 'ORG' });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ sourceKey: 'x:PERSON:petrov', text: 'conscription will end soon.' });
  });

  it('gives a quotation its speaker and the date of its saying', () => {
    const got = claims('In May 2009 the minister toured the north. “We will double the number of contract soldiers this year,” Ivanov said.', { Ivanov: 'PERSON' });
    const quote = got.find((c) => c.kind === 'quote');
    expect(quote).toMatchObject({ sourceKey: 'x:PERSON:ivanov', rule: 'claims.quote-after' });
    expect(quote?.date?.start.slice(0, 4)).toBe('2009');
    expect(quote?.text.startsWith('We will double')).toBe(true);
  });

  it('ignores scare quotes and "according to" without a source', () => {
    expect(claims('Officials judged the brigade “ready” and structured it according to Soviet models.', {})).toEqual([]);
  });
});
