import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../model/date.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { newState, runSteps } from '../pipeline.ts';

const kb = loadKnowledge();
const typed = (text: string) => runSteps(newState(text, kb)).events.map((e) => [e.type, formatPartialDate(e.date)]);

describe('anniversaries', () => {
  it.each([
    ['In 2021 the bloc marked the 20th anniversary of the signing of its charter.', [['agreement', '2001']]],
    ['In 2017 the country marked the twenty-fifth anniversary of the signing of the treaty.', [['agreement', '1992']]],
    ['In May 2012 the army celebrated the tenth anniversary of the signing of the accord.', [['agreement', '2002']]],
  ])('dates the happening an anniversary marks that many years back: %s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });

  it('leaves a happening that is no anniversary’s object at its own date', () => {
    expect(typed('In 2021, on the 20th anniversary, the two states signed a treaty.')).toEqual([['agreement', '2021']]);
  });
});
