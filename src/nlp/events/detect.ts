import { formatPartialDate } from '../../model/date.ts';
import type { Event } from '../../model/facts.ts';
import { quoteAt, quoteRanges } from '../claims/quote-ranges.ts';
import { compileDateWords } from '../dates/lexicon.ts';
import { paragraphIndex } from '../dates/paragraphs.ts';
import { dateRole, targetCue } from '../dates/role.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { listIntroducers } from './context.ts';
import { compileEvents } from './lexicon.ts';
import { participantsOf } from './participants.ts';
import { buildTitle } from './title.ts';
import { chooseTrigger, findTriggers, overrideType, type TriggerHit } from './triggers.ts';

/** An undated sentence borrows the date of a sentence at most this far back in its paragraph. */
const CARRY_REACH = 2;
const MAX_QUOTE = 300;

type DateSource = 'clause' | 'sentence' | 'list' | 'carried';

/**
 * One event per clause that has a trigger and a date: its own, one elsewhere in its sentence, its
 * list introducer's, or (for non-statements) the date of a sentence just before it in the paragraph.
 */
export function detectEventList(state: PipelineState): Event[] {
  const { text, sentences } = state;
  const ev = compileEvents(state.kb.events);
  const dlex = compileDateWords(state.kb.events.dateWords);
  const quotes = quoteRanges(text);
  const paragraphs = paragraphIndex(text, sentences);
  const lists = listIntroducers(text, sentences, paragraphs);
  const tokens = groupBy(state.tokens, (t) => t.sentence);

  // The dates each sentence can date an event with: targets only when past ("by 2004 the total had doubled").
  const eventDates = new Map<number, DateSpan[]>();
  for (const d of state.dates) {
    const role = dateRole(text, d, dlex);
    const s = sentences[d.sentence];
    if (role === 'reference') continue;
    if (role === 'target') {
      const cue = targetCue(text, d);
      if (!cue || !/^(?:by|until|till)$/.test(cue) || ev.future.test(text.slice(s.start, s.end))) continue;
    }
    const list = eventDates.get(d.sentence) ?? [];
    list.push(d);
    eventDates.set(d.sentence, list);
  }
  const strong = (list: DateSpan[]) => {
    const firm = list.filter((d) => !d.rule.endsWith('-weak'));
    return firm.length ? firm : list;
  };

  const out: Event[] = [];
  for (const s of sentences) {
    const own = strong(eventDates.get(s.index) ?? []);
    const clauses = splitClauses(text, s.start, s.end, ev.clauseBreak, tokens.get(s.index) ?? []);
    for (const clause of clauses) {
      const clauseText = text.slice(clause.start, clause.end);
      const hits = findTriggers(text, clause.start, clause.end, ev, quotes).filter(
        // What a quotation says counts as an event only when the quotation dates it itself.
        (h) => !h.quoted || own.some((d) => !d.relative && inside(d, clause) && quoteAt(quotes, d.start) === quoteAt(quotes, h.start)),
      );
      const trigger = chooseTrigger(hits);
      if (!trigger) continue;
      const type = overrideType(trigger.type, clauseText, ev);
      const picked = pickDate(type, trigger, clause, own, s.index);
      if (!picked) continue;
      const { date, source } = picked;
      if (source === 'carried' && anaphoric(text, trigger)) continue;
      const qs = source === 'clause' || source === 'sentence' ? Math.min(clause.start, date.start) : clause.start;
      const qe = source === 'clause' || source === 'sentence' ? Math.max(clause.end, date.end) : clause.end;
      const [start, end] = qe - qs > MAX_QUOTE ? [clause.start, Math.min(clause.end, clause.start + MAX_QUOTE)] : [qs, qe];
      out.push({
        start, end, quote: text.slice(start, end).trim() ? text.slice(start, end) : clauseText,
        sentence: s.index,
        rule: `events.${source}`,
        confidence: CONFIDENCE[source] * (type === 'statement' ? 0.9 : 1),
        type,
        cooperation: ev.cooperation.get(type) ?? null,
        date: date.date,
        title: buildTitle(text, clause.start, clause.end, state.dates),
        participants: participantsOf(state, clause.start, clause.end, trigger.start),
      });
    }
  }
  return dedupe(out);

  function pickDate(type: string, trigger: TriggerHit, clause: Clause, own: DateSpan[], sentence: number): { date: DateSpan; source: DateSource } | null {
    const inClause = own.filter((d) => inside(d, clause));
    if (inClause.length) return { date: nearest(inClause, trigger, type), source: 'clause' };
    if (own.length) {
      const before = own.filter((d) => d.end <= clause.start);
      return { date: before.length ? before[before.length - 1] : nearest(own, trigger, type), source: 'sentence' };
    }
    const intro = lists.get(sentence);
    if (intro !== undefined) {
      const d = strong(eventDates.get(intro) ?? []);
      return d.length ? { date: d[d.length - 1], source: 'list' } : null;
    }
    if (type === 'statement') return null;
    for (let k = sentence - 1; k >= 0 && sentence - k <= CARRY_REACH && paragraphs[k] === paragraphs[sentence]; k--) {
      const d = strong(eventDates.get(k) ?? []);
      if (d.length) return { date: d[d.length - 1], source: 'carried' };
    }
    return null;
  }

  // A statement made outside a quotation is dated outside it, or by "this year" inside it (the time of speaking).
  function nearest(list: DateSpan[], trigger: TriggerHit, type: string): DateSpan {
    let pool = list;
    if (type === 'statement' && !trigger.quoted) {
      const outside = list.filter((d) => !quoteAt(quotes, d.start));
      const spoken = list.filter((d) => d.relative && quoteAt(quotes, d.start));
      pool = outside.length ? outside : spoken.length ? spoken : list;
    }
    return pool.reduce((a, b) => (dist(b, trigger) < dist(a, trigger) ? b : a));
  }
}

const CONFIDENCE: Record<DateSource, number> = { clause: 0.85, sentence: 0.75, list: 0.7, carried: 0.55 };

const inside = (d: DateSpan, c: Clause) => d.start >= c.start && d.end <= c.end;
const dist = (d: DateSpan, t: TriggerHit) => (d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end));

// "The decree also ...", "this exercise": the trigger names again an event already told.
function anaphoric(text: string, t: TriggerHit): boolean {
  return /\b(?:the|this|that|these|those|such)\s+(?:[\w-]+\s+)?$/i.test(text.slice(Math.max(0, t.start - 30), t.start));
}

/**
 * The same happening told twice (a later sentence returning to it) keeps its first telling: same
 * type, same date and a shared name-like word (capitalized or acronym) in the titles, in different sentences.
 */
function dedupe(events: Event[]): Event[] {
  const kept: Event[] = [];
  for (const e of events) {
    const names = nameWords(e.title);
    const dup = kept.some((k) => k.sentence !== e.sentence && k.type === e.type
      && formatPartialDate(k.date) === formatPartialDate(e.date)
      && (sharesKey(k, e) || [...nameWords(k.title)].some((w) => names.has(w))));
    if (!dup) kept.push(e);
  }
  return kept;
}

const sharesKey = (a: Event, b: Event) => a.participants.some((p) => b.participants.some((q) => q.entityKey === p.entityKey && p.role !== 'location'));

function nameWords(title: string): Set<string> {
  const words = title.split(/[^\p{L}\p{N}-]+/u).slice(1);
  return new Set(words.filter((w) => /^\p{Lu}/u.test(w) && w.length > 2));
}

function groupBy<T>(items: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const it of items) {
    const k = key(it);
    const l = m.get(k);
    if (l) l.push(it);
    else m.set(k, [it]);
  }
  return m;
}

