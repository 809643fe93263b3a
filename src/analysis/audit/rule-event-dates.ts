import { labelPartialDate } from '../../model/date.ts';
import { foldName } from '../../model/names.ts';
import type { StoredEvent } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { analysisLexicon } from '../common/lexicon.ts';
import { isOneOff } from '../common/vectors.ts';
import { sourceOf } from '../context/sources.ts';
import type { LinkIndex } from '../context/links.ts';
import type { LazyDraft, RuleResult } from './finding.ts';

/**
 * Rule event-date-conflict: one happening given dates that cannot both be true. Only kinds of event
 * that happen once (an agreement signed, a membership begun) are compared; two events are the same
 * when they share a named program or have near-identical titles and shared participants, and neither
 * sentence marks a repetition ("a new plan", "again").
 */
export function checkEventDates(
  events: StoredEvent[], links: LinkIndex, titleSimilarity: number, traits: Map<number, EventTraits> = eventTraits(events, links),
): RuleResult<LazyDraft> {
  const lex = analysisLexicon();
  const drafts: LazyDraft[] = [];
  let checked = 0;
  const candidates = representatives(events.filter((e) => isOneOff(e.type)), traits);
  for (const list of groupBy(candidates, (e) => e.type).values()) {
    const titleWords = list.map((e) => traits.get(e.id)!.words);
    // Per event once, not per pair: a generated corpus repeats titles, and pairs run to the hundred thousand.
    const parts = list.map(participation);
    const personActors = list.map((e) => e.participants.filter((p) => p.type === 'PERSON' && p.role === 'actor').map((p) => p.id));
    for (const [i, j] of candidatePairs(list, titleWords, links, titleSimilarity / 2)) {
      const [a, b] = [list[i], list[j]];
      if (a.documentId === b.documentId && a.sentence === b.sentence) continue;
      // One person's instrument needs a person acting in both: most pairs have none, and are not looked at further.
      const instrument = personActors[i]!.some((id) => personActors[j]!.includes(id))
        ? sameInstrument(a, b, links, lex.stopWords, lex.instrumentIgnoreWords) : null;
      if (!instrument && !sameHappening(parts[i], parts[j], titleWords[i], titleWords[j], titleSimilarity)) continue;
      checked++;
      const disjoint = a.date.end < b.date.start || b.date.end < a.date.start;
      // For an instrument only a cue on the instrument itself marks another one ("a new decree"), not "created a new staff".
      const repeated = [a, b].some((e) => links.from('event', e.id, 'repeat').some((l) => (instrument ? l.value === instrument : true)));
      if (!disjoint || repeated) continue;
      drafts.push({ size: undefined, build: () => ({
        rule: 'event-date-conflict',
        message: `the same ${instrument ? `${instrument} (${a.participants.find((p) => p.type === 'PERSON' && p.role === 'actor')?.name}'s, ${a.type})` : `${a.type} ("${a.title}")`} is dated ${labelPartialDate(a.date)} in one place and ${labelPartialDate(b.date)} in another`,
        arithmetic: `${a.date.start}…${a.date.end} and ${b.date.start}…${b.date.end} do not overlap`,
        sources: [sourceOf('event', a), sourceOf('event', b)],
      }) });
    }
  }
  return { rule: 'event-date-conflict', checked, drafts };
}

/**
 * One event per set of tellings that say the same thing the same way (title words, date, who takes part,
 * instrument, repetition cue): copies can never contradict each other, and a corpus that reprints one
 * report a thousand times would otherwise make a million pairs of it. The first telling stands for them.
 */
function representatives(events: StoredEvent[], traits: Map<number, EventTraits>): StoredEvent[] {
  const seen = new Set<string>();
  const out: StoredEvent[] = [];
  for (const e of events) {
    const key = traits.get(e.id)!.key;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/** What the rule reads of one event alone: its title words and what makes two tellings copies. */
export interface EventTraits { words: Set<string>; key: string }

/** The traits of the events that happen once (the only ones the rule compares); each from its own document's facts and links. */
export function eventTraits(events: StoredEvent[], links: LinkIndex): Map<number, EventTraits> {
  const stop = analysisLexicon().stopWords;
  const out = new Map<number, EventTraits>();
  for (const e of events) {
    if (!isOneOff(e.type)) continue;
    const ws = words(e.title, stop);
    const key = [
      e.type, [...ws].sort().join(' '), e.date.start, e.date.end,
      e.participants.map((p) => `${p.id}:${p.role}`).sort().join(','),
      links.from('event', e.id, 'instrument').map((l) => l.value).sort().join(','),
      links.from('event', e.id, 'repeat').length,
    ].join('|');
    out.set(e.id, { words: ws, key });
  }
  return out;
}

/**
 * The pairs (i < j, in order) that can be one happening: titles similar enough (prefix filtering on
 * the rarest words: two sets with Jaccard >= t share a word among the first |x| - ceil(t|x|) + 1 of
 * each) or one person's same instrument. Comparing every pair was quadratic in the events of a type.
 */
function candidatePairs(list: StoredEvent[], titleWords: Set<string>[], links: LinkIndex, minJaccard: number): [number, number][] {
  const freq = new Map<string, number>();
  for (const ws of titleWords) for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byKey = new Map<string, number[]>();
  const add = (k: string, i: number) => {
    const l = byKey.get(k);
    if (l) l.push(i);
    else byKey.set(k, [i]);
  };
  list.forEach((e, i) => {
    const ws = [...titleWords[i]].sort((x, y) => freq.get(x)! - freq.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
    const prefix = ws.length - Math.ceil((minJaccard - 1e-9) * ws.length) + 1;
    for (const w of ws.slice(0, prefix)) add(`w:${w}`, i);
    const instruments = links.from('event', e.id, 'instrument').map((l) => l.value).filter(Boolean);
    for (const p of e.participants) if (p.type === 'PERSON' && p.role === 'actor') for (const w of instruments) add(`i:${p.id}:${w}`, i);
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const ids of byKey.values()) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const [i, j] = ids[x] < ids[y] ? [ids[x], ids[y]] : [ids[y], ids[x]];
        const k = i * list.length + j;
        if (seen.has(k)) continue;
        seen.add(k);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** Who takes part in an event other than as its place, and which of them are programs. */
function participation(e: StoredEvent): { actors: Set<number>; programs: number[] } {
  return {
    actors: new Set(e.participants.filter((p) => p.role !== 'location').map((p) => p.id)),
    programs: e.participants.filter((p) => p.type === 'PROGRAM').map((p) => p.id),
  };
}

function sameHappening(a: ReturnType<typeof participation>, b: ReturnType<typeof participation>, wordsA: Set<string>, wordsB: Set<string>, minSimilarity: number): boolean {
  const [pa, pb] = [a.actors, b.actors];
  const shared = [...pa].filter((id) => pb.has(id));
  const sharedProgram = a.programs.some((id) => shared.includes(id));
  const similarity = jaccard(wordsA, wordsB);
  // A shared program makes a weaker title match enough ("joins PfP" / "PfP membership begins").
  if (sharedProgram) return similarity >= minSimilarity / 2;
  const participantsAgree = !pa.size || !pb.size || shared.length > 0;
  return participantsAgree && similarity >= minSimilarity;
}

/**
 * One legal instrument of one person ("the President's Decree ...") named in two sentences: both
 * events have the same PERSON as actor, both sentences name that person's instrument with the same
 * instrument word, and their titles share a content word besides it (the subject of the decree).
 */
function sameInstrument(a: StoredEvent, b: StoredEvent, links: LinkIndex, stop: string[], ignore: string[]): string | null {
  const actorsOf = (e: StoredEvent) => e.participants.filter((p) => p.type === 'PERSON' && p.role === 'actor').map((p) => p.id);
  const shared = actorsOf(a).filter((id) => actorsOf(b).includes(id));
  if (!shared.length) return null;
  // The instrument word someone possesses in each event's sentence ("the President's Decree"): cue instrument.
  const [ia, ib] = [a, b].map((e) => links.from('event', e.id, 'instrument').map((l) => l.value));
  const word = ia.find((w) => w && ib.includes(w)) ?? null;
  if (!word) return null;
  const [wa, wb] = [words(a.title, stop), words(b.title, stop)].map((set) => new Set([...set].map(stem).filter((w) => w !== stem(word) && w.length > 3)));
  // Names of participants and titles ("President") are shared by any two acts of one person.
  const names = new Set([...a.participants, ...b.participants].filter((p) => p.type === 'PERSON' || p.type === 'PLACE').flatMap((p) => foldName(p.name).split(' ')).concat(ignore).map(stem));
  return [...wa].some((w) => wb.has(w) && !names.has(w)) ? word : null;
}

const stem = (w: string) => w.replace(/(?<=[a-z]{3})(s|es|ed|ing|al)$/, '');

// Years and other numbers are left out: a conflicting date must not make two titles look different.
function words(title: string, stop: string[]): Set<string> {
  return new Set(foldName(title).split(' ').filter((w) => w && !stop.includes(w) && !/^\d+$/.test(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const w of a) if (b.has(w)) inter++;
  return inter / (a.size + b.size - inter);
}
