import { describe, expect, it } from 'vitest';
import { aliasesOf, entityNamed, runUpTo } from './test-helpers.ts';

const resolved = (text: string) => runUpTo(text, 'resolve');

describe('acronym definitions', () => {
  it('pairs a long form with the acronym after it and resolves later uses of the acronym', () => {
    const s = resolved('Uzbekistan left the Collective Security Treaty Organization (CSTO) in 2012. The CSTO later held drills.');
    const csto = entityNamed(s, 'Collective Security Treaty Organization');
    expect(csto?.type).toBe('ORG');
    expect(aliasesOf(csto)).toContain('CSTO');
    // The long form, the acronym in parentheses and the later acronym.
    expect(s.mentions.filter((m) => m.entityKey === csto?.key)).toHaveLength(3);
  });

  it('pairs an unknown acronym written before its parenthesized long form', () => {
    const s = resolved('Officials from the ZQRB (Zarafshan Quick Reaction Brigade) arrived. Later the ZQRB returned home.');
    const e = entityNamed(s, 'Zarafshan Quick Reaction Brigade');
    expect(e?.type).toBe('ORG');
    expect(aliasesOf(e)).toContain('ZQRB');
    expect(s.mentions.filter((m) => m.entityKey === e?.key)).toHaveLength(3);
  });

  it('does not take a place in parentheses for an acronym of the name before it', () => {
    const s = resolved('She teaches at the University of Leeds (UK) and in Berlin.');
    expect(aliasesOf(entityNamed(s, 'University of Leeds'))).not.toContain('UK');
    expect(entityNamed(s, 'United Kingdom')?.type ?? entityNamed(s, 'UK')?.type).toBe('PLACE');
  });

  it('keeps lower-case expansions (generic nouns) out of the entities', () => {
    const s = resolved('The brigade lacks noncommissioned officers (NCOs) and armored personnel carriers (APCs).');
    expect([...s.entities.values()].map((e) => e.name)).not.toContain('NCOs');
    expect(s.entities.size).toBe(0);
  });
});

describe('people', () => {
  it('finds a person after a title and resolves a later surname to the full name', () => {
    const s = resolved('Defense Minister Ivan Petrenko visited Lviv in May. Petrenko said the army would grow.');
    const p = entityNamed(s, 'Ivan Petrenko');
    expect(p?.type).toBe('PERSON');
    expect(p?.attributes.titles).toContain('Defense Minister');
    expect(aliasesOf(p)).toEqual(expect.arrayContaining(['Petrenko', 'Defense Minister Ivan Petrenko']));
    expect(s.mentions.filter((m) => m.entityKey === p?.key)).toHaveLength(2);
  });

  it('merges a title-plus-surname mention into the full person', () => {
    const s = resolved('Colonel Aidar Bekov commands the unit. Later, Colonel Bekov resigned.');
    const people = [...s.entities.values()].filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.name)).toEqual(['Aidar Bekov']);
  });

  it('reads ranks in abbreviated and hyphenated forms', () => {
    const s = resolved('Lt. Gen. Pavel Orlov and Lieutenant-General Sergei Volkov met.');
    expect(entityNamed(s, 'Pavel Orlov')?.type).toBe('PERSON');
    expect(entityNamed(s, 'Sergei Volkov')?.type).toBe('PERSON');
  });
});

describe('organizations by head word', () => {
  it('recognizes capitalized names ending in or led by an organization head word', () => {
    const s = resolved('The Tajik Institute for Strategic Research advised the Committee of Chiefs of Staff and the Ministry of Internal Affairs.');
    for (const n of ['Tajik Institute for Strategic Research', 'Committee of Chiefs of Staff']) expect(entityNamed(s, n)?.type).toBe('ORG');
    const mvd = [...s.entities.values()].find((e) => aliasesOf(e).includes('Ministry of Internal Affairs') || e.name === 'Ministry of Internal Affairs');
    expect(mvd?.type).toBe('ORG');
  });

  it('does not make a plural generic phrase into an organization', () => {
    const s = resolved('The country was divided into four Military Districts.');
    expect([...s.entities.values()].filter((e) => e.type === 'ORG')).toHaveLength(0);
  });

  it('names a country-bound body after the possessive country', () => {
    const s = resolved("Georgia's Ministry of Defense met Russia's MoD in Tbilisi. Georgia's army is small.");
    expect(entityNamed(s, 'Ministry of Defense of Georgia')?.type).toBe('ORG');
    expect(aliasesOf(entityNamed(s, 'Ministry of Defense of Russia'))).toContain("Russia's MoD");
    expect(aliasesOf(entityNamed(s, 'Armed Forces of Georgia'))).toContain("Georgia's army");
  });

  it('reads a country name used as a modifier of the armed forces', () => {
    const s = resolved('The U.S. military left the base. Georgia army units stayed.');
    expect(aliasesOf(entityNamed(s, 'Armed Forces of United States'))).toContain('U.S. military');
    // "army units": the word modifies what follows, as after a demonym.
    expect(entityNamed(s, 'Armed Forces of Georgia')).toBeUndefined();
  });

  it('treats all-capital unit names as organizations', () => {
    const s = resolved('The peacekeeping battalion UKRBAT deployed with POLUKRBAT.');
    expect(entityNamed(s, 'UKRBAT')?.type).toBe('ORG');
    expect(entityNamed(s, 'POLUKRBAT')?.type).toBe('ORG');
  });
});

describe('equipment', () => {
  it('keeps the number inside a designation and folds a plural into the model', () => {
    const s = resolved('The regiment flies 12 MiG-29s and two Su-27 fighters, and several MiG-29 trainers.');
    const mig = entityNamed(s, 'MiG-29');
    expect(mig?.type).toBe('EQUIPMENT');
    expect(mig?.attributes.role).toBe('fighter');
    expect(mig?.attributes.origin).toBe('SU');
    const quotes = s.mentions.filter((m) => m.entityKey === mig?.key).map((m) => m.quote);
    expect(quotes).toEqual(['MiG-29s', 'MiG-29']);
    expect(entityNamed(s, 'Su-27')?.type).toBe('EQUIPMENT');
  });

  it('merges a NATO reporting designation with the Soviet one', () => {
    const s = resolved('Batteries of S-75 missiles, known to NATO as the SA-2, guard the city.');
    const e = entityNamed(s, 'S-75');
    expect(aliasesOf(e)).toContain('SA-2');
  });

  it('keeps a reporting name written after the designation as one name of the model', () => {
    const s = resolved('Seven Mi-24 Hind gunships arrived. A Mi-24 was lost.');
    const e = entityNamed(s, 'Mi-24');
    expect(aliasesOf(e)).toContain('Mi-24 Hind');
    expect(s.mentions.filter((m) => m.entityKey === e?.key).map((m) => s.text.slice(m.start, m.end))).toEqual(['Mi-24 Hind', 'Mi-24']);
  });

  it('recognizes Western and Chinese designations', () => {
    const s = resolved('The order covers F-16C jets, AH-64 helicopters, C-130J transports and Type 99 tanks.');
    for (const n of ['F-16C', 'AH-64', 'C-130J', 'Type 99']) expect(entityNamed(s, n)?.type).toBe('EQUIPMENT');
  });
});

describe('places and programs', () => {
  it('finds countries, regions and seas and leaves nationality adjectives alone', () => {
    const s = resolved('Russian and Kazakh officers met on the Caspian Sea coast of Central Asia.');
    const names = [...s.entities.values()].map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Caspian Sea', 'Central Asia']));
    expect(names).not.toContain('Russian');
    expect(names).not.toContain('Kazakh');
  });

  it('finds named exercises with their year and operations by their leader word', () => {
    const s = resolved('Troops trained in Zapad 2021 and later joined Operation Desert Shield.');
    expect(aliasesOf(entityNamed(s, 'Zapad')).concat(entityNamed(s, 'Zapad 2021')?.name ?? [])).toContain('Zapad 2021');
    expect(entityNamed(s, 'Operation Desert Shield')?.type).toBe('PROGRAM');
  });

  it('every mention quote is the text at its offsets', () => {
    const text = "In 2009 Turkmenistan's Navy bought BTR-80A vehicles from Rosoboronexport in Moscow.";
    const s = resolved(text);
    expect(s.mentions.length).toBeGreaterThan(3);
    for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
  });
});
