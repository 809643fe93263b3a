import type { EntityRef, StoredEvent, StoredMention } from '../../model/views.ts';
import { analysisLexicon, hasWord } from './lexicon.ts';
import type { LinkIndex } from '../context/links.ts';

export interface Appointment { event: StoredEvent; persons: EntityRef[]; kind: 'start' | 'end' | 'other' }

/**
 * Appointment events with the people they are about. An event that names nobody ("after assuming
 * office in January 2007, he ...") is about the person named in its sentence, else the last person
 * named in the sentence before (the one "he" refers to).
 */
export function appointmentsWithPeople(events: StoredEvent[], mentions: StoredMention[], links: LinkIndex): Appointment[] {
  const lex = analysisLexicon();
  // Grouped once: filtering every person mention for each appointment was quadratic.
  const bySentence = new Map<string, StoredMention[]>();
  for (const m of mentions) {
    if (m.entity.type !== 'PERSON') continue;
    const k = `${m.documentId}:${m.sentence}`;
    const list = bySentence.get(k);
    if (list) list.push(m);
    else bySentence.set(k, [m]);
  }
  const inSentence = (doc: number, s: number) => [...(bySentence.get(`${doc}:${s}`) ?? [])].sort((a, b) => a.start - b.start);
  return events.filter((e) => e.type === 'appointment').map((e) => {
    let persons: EntityRef[] = e.participants.filter((p) => p.type === 'PERSON' && p.role !== 'partner');
    if (!persons.length) persons = e.participants.filter((p) => p.type === 'PERSON');
    if (!persons.length) {
      const here = inSentence(e.documentId, e.sentence);
      const before = inSentence(e.documentId, e.sentence - 1);
      // The person named nearest before the event's words, else the first after, else "he" of the sentence before.
      const pick = here.filter((m) => m.start <= e.start).at(-1) ?? here[0] ?? before.at(-1);
      if (pick) persons = [pick.entity];
    }
    // The title is the event's own field; the sentence's words come as the cue appointment_start.
    const kind = hasWord(e.title, lex.endWords) ? 'end' : hasWord(e.title, lex.startWords) || links.has('event', e.id, 'appointment_start') ? 'start' : 'other';
    return { event: e, persons: dedupe(persons), kind };
  });
}

const dedupe = (list: EntityRef[]) => list.filter((p, i) => list.findIndex((x) => x.id === p.id) === i).map(({ id, name, type }) => ({ id, name, type }));

/** A post label without the rank written beside it ("Defense Minister Army General" → "Defense Minister"). */
export function postWithoutRank(label: string): string {
  let out = label.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of rankPatterns(analysisLexicon().rankWords)) {
      if (re.test(out) && out.replace(re, '').trim()) {
        out = out.replace(re, '').trim();
        changed = true;
      }
    }
  }
  return out;
}

// Compiled once per lexicon: the people view strips ranks from thousands of post labels.
const compiled = new WeakMap<readonly string[], RegExp[]>();
function rankPatterns(words: readonly string[]): RegExp[] {
  let list = compiled.get(words);
  if (!list) {
    list = [...words].sort((a, b) => b.length - a.length).map((r) => new RegExp(`(?:^${escape(r)}\\s+|\\s+${escape(r)}$)`, 'i'));
    compiled.set(words, list);
  }
  return list;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
