import { describe, expect, it } from 'vitest';
import { entityNamed, runUpTo } from './test-helpers.ts';

const related = (text: string) => runUpTo(text, 'relations');

describe('relations between entities', () => {
  it('links a person to the organization a title-and-name phrase names, with the date of the sentence', () => {
    const s = related('In March 2005, Petr Sokolov, Director General of Rosoboronexport, visited Minsk.');
    const r = s.relations.find((x) => x.predicate === 'holds_post');
    expect(r?.subjectKey).toBe(entityNamed(s, 'Petr Sokolov')?.key);
    expect(r?.objectKey).toBe('gz:rosoboronexport');
    expect(r?.label).toBe('Director General');
    expect(r?.validFrom?.start.slice(0, 7)).toBe('2005-03');
    expect(s.text.slice(r!.start, r!.end)).toBe(r!.quote);
  });

  it('ties a post like Defense Minister to the country\'s ministry when it is named', () => {
    const s = related("Moldova's Ministry of Defense is small. Defense Minister Ion Rusu spoke.");
    const r = s.relations.find((x) => x.predicate === 'holds_post');
    expect(r?.objectKey).toBe(entityNamed(s, 'Ministry of Defense of Moldova')?.key);
  });

  it('reads membership and location', () => {
    const s = related('In 1992, Armenia joined the Collective Security Treaty Organization. The Naval Academy at Baku trains officers.');
    expect(s.relations.some((r) => r.predicate === 'member_of' && r.subjectKey === 'gz:country-am' && r.objectKey === 'gz:csto')).toBe(true);
    expect(s.relations.some((r) => r.predicate === 'located_in' && r.subjectKey === entityNamed(s, 'Naval Academy')?.key)).toBe(true);
  });

  it('reads part_of from "X includes Y" and from a possessive between organizations', () => {
    const s = related("The Airmobile Forces include KAZBRIG. The CSTO's Collective Rapid Reaction Forces met.");
    const airmobile = entityNamed(s, 'Airmobile Forces')?.key;
    expect(s.relations.some((r) => r.predicate === 'part_of' && r.subjectKey === entityNamed(s, 'KAZBRIG')?.key && r.objectKey === airmobile)).toBe(true);
    expect(s.relations.some((r) => r.predicate === 'part_of' && r.objectKey === 'gz:csto')).toBe(true);
  });
});
