import { labelPartialDate } from '../../model/date.ts';
import { foldName } from '../../model/names.ts';
import type { StoredEvent } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { analysisLexicon, hasWord } from '../common/lexicon.ts';
import { sourceOf } from '../context/sources.ts';
import type { DocumentTexts } from '../context/texts.ts';
import type { Draft, RuleResult } from './finding.ts';

/**
 * Rule event-date-conflict: one happening given dates that cannot both be true. Only kinds of event
 * that happen once (an agreement signed, a membership begun) are compared; two events are the same
 * when they share a named program or have near-identical titles and shared participants, and neither
 * sentence marks a repetition ("a new plan", "again").
 */
export function checkEventDates(events: StoredEvent[], texts: DocumentTexts, titleSimilarity: number): RuleResult {
  const lex = analysisLexicon();
  const drafts: Draft[] = [];
  let checked = 0;
  const candidates = events.filter((e) => lex.oneOffEventTypes.includes(e.type));
  for (const list of groupBy(candidates, (e) => e.type).values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i], list[j]];
        if (a.documentId === b.documentId && a.sentence === b.sentence) continue;
        if (!sameHappening(a, b, titleSimilarity, lex.stopWords)) continue;
        checked++;
        const disjoint = a.date.end < b.date.start || b.date.end < a.date.start;
        const repeated = [a, b].some((e) => hasWord(texts.sentenceText(e.documentId, e.sentence) ?? e.quote, lex.repeatCues));
        if (!disjoint || repeated) continue;
        drafts.push({
          rule: 'event-date-conflict',
          message: `the same ${a.type} ("${a.title}") is dated ${labelPartialDate(a.date)} in one place and ${labelPartialDate(b.date)} in another`,
          arithmetic: `${a.date.start}…${a.date.end} and ${b.date.start}…${b.date.end} do not overlap`,
          sources: [sourceOf('event', a), sourceOf('event', b)],
        });
      }
    }
  }
  return { rule: 'event-date-conflict', checked, drafts };
}

function sameHappening(a: StoredEvent, b: StoredEvent, minSimilarity: number, stop: string[]): boolean {
  const actors = (e: StoredEvent) => new Set(e.participants.filter((p) => p.role !== 'location').map((p) => p.id));
  const [pa, pb] = [actors(a), actors(b)];
  const shared = [...pa].filter((id) => pb.has(id));
  const sharedProgram = a.participants.some((p) => p.type === 'PROGRAM' && shared.includes(p.id));
  const similarity = jaccard(words(a.title, stop), words(b.title, stop));
  // A shared program makes a weaker title match enough ("joins PfP" / "PfP membership begins").
  if (sharedProgram) return similarity >= minSimilarity / 2;
  const participantsAgree = !pa.size || !pb.size || shared.length > 0;
  return participantsAgree && similarity >= minSimilarity;
}

// Years and other numbers are left out: a conflicting date must not make two titles look different.
function words(title: string, stop: string[]): Set<string> {
  return new Set(foldName(title).split(' ').filter((w) => w && !stop.includes(w) && !/^\d+$/.test(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const inter = [...a].filter((w) => b.has(w)).length;
  return inter / (a.size + b.size - inter);
}
