import { describe, expect, it } from 'vitest';
import { displayTitle, dropLeadingFragment, isCutMidPhrase, trimToPhrase } from '../../web/src/text/event-title.ts';
import { cooperationLabel } from '../../web/src/text/cooperation.ts';

// Sentences written for these tests (never corpus text).
describe('event titles as displayed', () => {
  it('never ends on a dangling article or preposition: back to a phrase boundary, with an ellipsis', () => {
    const quote = 'On 3 May 2011, the Ruritanian minister and his Freedonian colleague, General Marsh, agreed on a broad plan for joint air patrols.';
    const title = 'The Ruritanian minister and his Freedonian colleague, General Marsh, agreed on a';
    const shown = displayTitle(title, quote);
    expect(shown).toBe('The Ruritanian minister and his Freedonian colleague, General Marsh, agreed…');
    expect(shown).not.toMatch(/\b(?:on|a)…$/);
  });

  it('cuts a long title that stops inside a phrase at the last boundary, never inside a word', () => {
    const quote = 'The Joint Staff was created, with duties split between the Ministry of Defense and the new staff.';
    const title = 'The Joint Staff was created, with duties split between the Ministry of Defense and';
    expect(isCutMidPhrase(title, quote)).toBe(true);
    const shown = displayTitle(title, quote);
    expect(shown.endsWith('…')).toBe(true);
    for (const word of shown.replace('…', '').split(' ')) expect(quote.split(/\s+/).map((w) => w.replace(/[,.]$/, ''))).toContain(word.replace(/[,.]$/, ''));
    expect(shown).toBe('The Joint Staff was created, with duties split between the Ministry of Defense…');
  });

  it('treats a possessive at the end as cut ("… with Freedonia’s")', () => {
    expect(displayTitle('The two navies signed a five-year cooperation plan with Freedonia’s', 'In 2004 the two navies signed a five-year cooperation plan with Freedonia’s coast guard.'))
      .toBe('The two navies signed a five-year cooperation plan…');
  });

  it('leaves a complete title alone, also when the sentence goes on after punctuation or with a date', () => {
    const long = 'Relations moved to a new stage as Ruritania joined the regional Partnership for Security (PfS) Program';
    expect(displayTitle(long, `In 1996, ${long.toLowerCase().replace('ruritania', 'Ruritania')}, which stressed training.`)).toBe(long);
    expect(displayTitle('A defense treaty was signed with Freedonia', 'A defense treaty was signed with Freedonia on June 2, 1997.')).toBe('A defense treaty was signed with Freedonia');
    expect(displayTitle('Steppe Hawk joint exercises began with Freedonia and Ruritania over the southern training ranges near the border',
      'Steppe Hawk joint exercises began with Freedonia and Ruritania over the southern training ranges near the border in 2004.'))
      .toBe('Steppe Hawk joint exercises began with Freedonia and Ruritania over the southern training ranges near the border');
  });

  it('drops an opening fragment the sentence writes in lower case ("Contrast, …" from "By contrast, …")', () => {
    const quote = 'By contrast, in 2009 Ruritania began sending 40 cadets to the naval school in Port Marsh.';
    expect(dropLeadingFragment('Contrast, Ruritania began sending 40 cadets to the naval school', quote)).toBe('Ruritania began sending 40 cadets to the naval school');
    // A name before a comma stays: the sentence writes it capitalized.
    expect(dropLeadingFragment('Ruritania, Freedonia and Sylvania signed a pact', 'In 2001 Ruritania, Freedonia and Sylvania signed a pact.')).toBe('Ruritania, Freedonia and Sylvania signed a pact');
  });

  it('trims back to the last phrase boundary even with no punctuation', () => {
    expect(trimToPhrase('The minister praised the progress of the brigade during a visit, citing it as')).toBe('The minister praised the progress of the brigade during a visit, citing it…');
    expect(trimToPhrase('Crashes of two aircraft highlighted difficulties in maintaining')).toBe('Crashes of two aircraft highlighted difficulties…');
  });
});

describe('cooperation kinds as displayed', () => {
  it('shows words, not codes', () => {
    expect(cooperationLabel('cooperate_military')).toBe('military cooperation');
    expect(cooperationLabel('train')).toBe('training and education');
    expect(cooperationLabel('agree')).toBe('agreement');
    expect(cooperationLabel(null)).toBe('');
    for (const code of ['cooperate_military', 'train_educate', 'consult', 'procure', 'aid', 'exercise']) expect(cooperationLabel(code)).not.toMatch(/_/);
  });
});

describe('event titles with dashes', () => {
  it('cuts "X—as a" back to X, not through the dash', () => {
    expect(trimToPhrase('The analyst argued that Freedonia—as a')).toBe('The analyst argued that Freedonia…');
  });
});
