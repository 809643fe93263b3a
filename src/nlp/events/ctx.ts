import type { Event } from '../../model/facts.ts';
import type { QuoteRange } from '../claims/quote-ranges.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import type { Clause } from './clauses.ts';
import type { CompiledEvents } from './lexicon.ts';
import type { TriggerHit } from './triggers.ts';

/** Where an event's date came from: the suffix of its rule id (`events.agreement.signed@story`). */
export type DateSource = 'clause' | 'sentence' | 'list' | 'carried' | 'occasion' | 'exercise-name' | 'story';
export const CONFIDENCE: Record<DateSource, number> = { clause: 0.85, sentence: 0.75, list: 0.7, carried: 0.55, occasion: 0.7, 'exercise-name': 0.6, story: 0.5 };

/** What event detection knows about a document while it walks its sentences. */
export interface Ctx {
  state: PipelineState;
  ev: CompiledEvents;
  quotes: QuoteRange[];
  paragraphs: number[];
  lists: Map<number, number>;
  dates: Map<number, DateSpan[]>;
  clauses: Clause[][];
  /** Sentences with any date expression, usable or not: they never borrow a neighbour's date. */
  hasDateWords: Set<number>;
  /** Every date expression by sentence. */
  allDates: Map<number, DateSpan[]>;
  /** Event types found per sentence so far. */
  typesIn: Map<number, Set<string>>;
  /** The day the story tells of (see storyDate): what an undated "X said" of a news report happened on. */
  story: DateSpan | null;
  /** Events whose trigger is a definite mention ("the drills"): candidates for mergeAnaphoric. */
  anaphoric: Set<Event>;
  /** The date of the last meeting told so far and its sentence: "at the end of their meeting" points to it. */
  lastMeeting: { date: DateSpan; sentence: number } | null;
}

export const inside = (d: DateSpan, c: Clause) => d.start >= c.start && d.end <= c.end;
export const dist = (d: DateSpan, t: TriggerHit) => (d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end));

export function groupBySentence<T extends { sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const l = m.get(it.sentence);
    if (l) l.push(it);
    else m.set(it.sentence, [it]);
  }
  return m;
}

