import type { Event } from '../../model/facts.ts';
import { quoteAt, quoteRanges, type QuoteRange } from '../claims/quote-ranges.ts';
import { paragraphIndex } from '../dates/paragraphs.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { listIntroducers } from './context.ts';
import { eventDatesBySentence } from './event-dates.ts';
import { exerciseNameBefore, exerciseNames } from './exercises.ts';
import { dedupeEvents, words } from './dedupe.ts';
import { compileEvents, type CompiledEvents } from './lexicon.ts';
import { participantsOf } from './participants.ts';
import { buildTitle, leadingName } from './title.ts';
import { chooseTrigger, findTriggers, overrideType, type TriggerHit } from './triggers.ts';

/** An undated sentence borrows the date of a sentence at most this far back in its paragraph. */
const CARRY_REACH = 2;
const MAX_QUOTE = 300;
/** "The exercise concluded ...": a definite trigger noun points back this many sentences at most. */
const ANAPHOR_REACH = 10;

type DateSource = 'clause' | 'sentence' | 'list' | 'carried' | 'occasion' | 'exercise-name';
const CONFIDENCE: Record<DateSource, number> = { clause: 0.85, sentence: 0.75, list: 0.7, carried: 0.55, occasion: 0.7, 'exercise-name': 0.6 };

interface Ctx {
  state: PipelineState;
  ev: CompiledEvents;
  quotes: QuoteRange[];
  paragraphs: number[];
  lists: Map<number, number>;
  dates: Map<number, DateSpan[]>;
  clauses: Clause[][];
  /** Sentences with any date expression, usable or not: they never borrow a neighbour's date. */
  hasDateWords: Set<number>;
  /** Event types found per sentence so far. */
  typesIn: Map<number, Set<string>>;
}

/**
 * One event per clause that has a trigger and a date: its own, one elsewhere in its sentence, its
 * list introducer's, or (for non-statements) the date of a sentence just before it in the paragraph.
 */
export function detectEventList(state: PipelineState): Event[] {
  const { text, sentences } = state;
  const ev = compileEvents(state.kb.events);
  const quotes = quoteRanges(text);
  const paragraphs = paragraphIndex(text, sentences);
  const tokens = new Map<number, PipelineState['tokens']>();
  for (const t of state.tokens) {
    const l = tokens.get(t.sentence);
    if (l) l.push(t);
    else tokens.set(t.sentence, [t]);
  }
  const clauses = sentences.map((s) =>
    splitClauses(text, s.start, s.end, { breakRe: ev.clauseBreak, subordinator: ev.subordinator }, tokens.get(s.index) ?? [], quotes));
  const ctx: Ctx = {
    state, ev, quotes, paragraphs, clauses,
    lists: listIntroducers(text, sentences, paragraphs),
    dates: eventDatesBySentence(state, ev, clauses, quotes),
    typesIn: new Map(),
    hasDateWords: new Set(state.dates.map((d) => d.sentence)),
  };
  const exercises = exerciseNames(text, ev);
  const out: Event[] = [];
  for (const s of sentences) {
    const found: { ev: Event; clause: Clause }[] = [];
    for (const clause of clauses[s.index]) {
      const e = clauseEvent(ctx, s.index, clause, found.length ? found[found.length - 1].ev : null);
      if (!e) continue;
      found.push({ ev: e, clause });
      const occasion = occasionMeeting(ctx, s.index, clause, e);
      if (occasion) found.push({ ev: occasion, clause });
    }
    for (const d of state.dates) {
      if (d.sentence !== s.index || d.rule !== 'dates.name-year') continue;
      const name = exerciseNameBefore(text, d.start, exercises);
      if (name && !found.some((f) => f.ev.type === 'exercise')) {
        const clause = clauses[s.index].find((c) => d.start >= c.start && d.start < c.end) ?? { start: s.start, end: s.end };
        found.push({ ev: makeEvent(ctx, s.index, clause, 'exercise', d, 'exercise-name', d.start, `${name} exercise`), clause });
      }
    }
    // "Appointments raised concerns: X was named head, while Y became deputy": the summary before the colon goes.
    const kept = found.filter((f, i) => !(text[f.clause.end] === ':' || text.slice(f.clause.end, f.clause.end + 2) === ': ')
      || !found.slice(i + 1).some((g) => g.ev.type === f.ev.type));
    for (const f of kept) {
      out.push(f.ev);
      const set = ctx.typesIn.get(s.index) ?? new Set<string>();
      set.add(f.ev.type);
      ctx.typesIn.set(s.index, set);
    }
  }
  const personWords = new Set([...state.entities.values()].filter((e) => e.type === 'PERSON')
    .flatMap((e) => [e.name, ...e.aliases.map((a) => a.alias)].flatMap(words)));
  return dedupeEvents(out, paragraphs, sentences.map((x) => text.slice(x.start, x.end)), personWords);
}

function clauseEvent(ctx: Ctx, sentence: number, clause: Clause, previous: Event | null): Event | null {
  const { state, ev, quotes } = ctx;
  const { text } = state;
  const own = ctx.dates.get(sentence) ?? [];
  const s = state.sentences[sentence];
  const sentenceText = text.slice(s.start, s.end);
  const hits = findTriggers(text, clause.start, clause.end, ev, quotes, state.dates).filter(
    // What a quotation says counts as an event only when the quotation dates it itself.
    (h) => !h.quoted || own.some((d) => !d.relative && inside(d, clause) && quoteAt(quotes, d.start) === quoteAt(quotes, h.start)),
  );
  const trigger = chooseTrigger(hits);
  if (!trigger) return null;
  const commentary = ev.commentary.test(sentenceText);
  if (trigger.type === 'statement' && commentary) return null;
  const type = overrideType(trigger.type, text.slice(clause.start, clause.end), ev);
  const picked = pickDate(ctx, sentence, clause, trigger, type, commentary || ev.habitual.test(sentenceText));
  if (!picked) return null;
  let title = buildTitle(text, clause.start, clause.end, state.dates, previous ? leadingName(previous.title) : null);
  if (type === 'statement' && title.split(' ').length < 7) title = withQuotation(ctx, sentence, clause, title);
  return makeEvent(ctx, sentence, clause, type, picked.date, picked.source, trigger.start, title);
}

function pickDate(ctx: Ctx, sentence: number, clause: Clause, trigger: TriggerHit, type: string, noCarry: boolean): { date: DateSpan; source: DateSource } | null {
  const { text } = ctx.state;
  const own = ctx.dates.get(sentence) ?? [];
  const inClause = own.filter((d) => inside(d, clause));
  let picked: { date: DateSpan; source: DateSource } | null = null;
  if (inClause.length) picked = { date: nearest(ctx, inClause, trigger, type), source: 'clause' };
  else if (own.length) {
    const before = own.filter((d) => d.end <= clause.start);
    const date = type === 'statement' || !before.length ? nearest(ctx, own, trigger, type) : before[before.length - 1];
    picked = { date, source: 'sentence' };
  } else if (type === 'statement' && spokenDate(ctx, sentence, clause)) {
    picked = { date: spokenDate(ctx, sentence, clause)!, source: 'sentence' };
  } else {
    const intro = ctx.lists.get(sentence);
    if (intro !== undefined) {
      const d = ctx.dates.get(intro) ?? [];
      picked = d.length ? { date: d[d.length - 1], source: 'list' } : null;
    } else if (type !== 'statement' && !noCarry && !ctx.hasDateWords.has(sentence)) {
      for (let k = sentence - 1; k >= 0 && sentence - k <= CARRY_REACH && ctx.paragraphs[k] === ctx.paragraphs[sentence]; k--) {
        const d = ctx.dates.get(k) ?? [];
        if (!d.length) continue;
        // A second event of the same kind right after the first is usually the first told again.
        if (!ctx.typesIn.get(k)?.has(type)) picked = { date: d[d.length - 1], source: 'carried' };
        break;
      }
    }
  }
  if (!picked) return null;
  const borrowed = picked.source !== 'clause';
  const before = text.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  // "further agreements followed", "he often expressed concern": vague or habitual, no borrowed date fits.
  if (borrowed && (ctx.ev.vagueBefore.test(before) || ctx.ev.habitualBefore.test(before))) return null;
  if (picked.source === 'carried' && anaphoric(ctx, sentence, type, before)) return null;
  // A vague "at the same time" dates only a different kind of event than the one just told.
  if (picked.date.rule.endsWith('-weak') && (ctx.typesIn.get(sentence - 1)?.has(type) || ctx.typesIn.get(sentence)?.has(type))) return null;
  return picked;
}

/** “We will build ... this year. ...,” the minister said: the quotation, begun sentences before, dates its saying. */
function spokenDate(ctx: Ctx, sentence: number, clause: Clause): DateSpan | null {
  const s = ctx.state.sentences[sentence];
  const q = ctx.quotes.find((r) => r.end <= clause.start && r.end > s.start && r.start < s.start);
  if (!q) return null;
  const inside: DateSpan[] = [];
  for (let k = sentence; k >= 0 && ctx.state.sentences[k].end > q.start; k--) {
    for (const d of ctx.dates.get(k) ?? []) if (d.start >= q.start && d.end <= q.end) inside.push(d);
  }
  return inside.find((d) => d.relative && /^this\b/i.test(d.quote)) ?? inside[0] ?? null;
}

// A statement made outside a quotation is dated outside it, or by "this year" inside it (the time of speaking).
function nearest(ctx: Ctx, list: DateSpan[], trigger: TriggerHit, type: string): DateSpan {
  let pool = list;
  if (type === 'statement' && !trigger.quoted) {
    const outside = list.filter((d) => !quoteAt(ctx.quotes, d.start));
    const spoken = list.filter((d) => d.relative && /^this\b/i.test(d.quote) && quoteAt(ctx.quotes, d.start));
    pool = outside.length ? outside : spoken.length ? spoken : list;
  }
  return pool.reduce((a, b) => (dist(b, trigger) < dist(a, trigger) ? b : a));
}

/** "Akhmetov announced" says little: the headline takes the first words of what was said. */
function withQuotation(ctx: Ctx, sentence: number, clause: Clause, title: string): string {
  const { text, sentences } = ctx.state;
  const s = sentences[sentence];
  const next = sentences[sentence + 1];
  const q = ctx.quotes.find((r) => r.end > s.start && r.start < s.end && (r.end <= clause.start || r.start >= clause.end))
    ?? (next && /:\s*$/.test(text.slice(clause.start, s.end + 1)) ? ctx.quotes.find((r) => r.start >= s.end && r.start <= next.start + 1) : undefined);
  if (!q) return title;
  const said = text.slice(q.start + 1, q.end - 1).replace(/\s+/g, ' ').trim().split(' ').slice(0, 10).join(' ').replace(/[,;:.]+$/, '');
  return said ? `${title.replace(/[:,]+$/, '')}: ${said}` : title;
}

/** "praised X during a 2008 visit": the visit is a meeting of its own. */
function occasionMeeting(ctx: Ctx, sentence: number, clause: Clause, main: Event): Event | null {
  if (main.type === 'meeting') return null;
  const { text } = ctx.state;
  ctx.ev.meeting.lastIndex = 0;
  const m = ctx.ev.meeting.exec(text.slice(clause.start, clause.end));
  if (!m) return null;
  const at = clause.start + m.index;
  const date = (ctx.dates.get(sentence) ?? []).find((d) => d.date.start === main.date.start && d.date.end === main.date.end);
  if (!date) return null;
  const who = leadingName(main.title);
  const phrase = text.slice(at, at + m[0].length).replace(/\s+/g, ' ').replace(/^(?:during|at|in the course of)\s+/i, '');
  const title = buildTitle(phrase, 0, phrase.length, [], null);
  return makeEvent(ctx, sentence, clause, 'meeting', date, 'occasion', at, who ? `${who}: ${title}` : title);
}

function makeEvent(ctx: Ctx, sentence: number, clause: Clause, type: string, date: DateSpan, source: DateSource, triggerAt: number, title: string): Event {
  const { text } = ctx.state;
  const near = date.sentence === sentence;
  const qs = near ? Math.min(clause.start, date.start) : clause.start;
  const qe = near ? Math.max(clause.end, date.end) : clause.end;
  let [start, end] = qe - qs > MAX_QUOTE ? [clause.start, Math.min(clause.end, clause.start + MAX_QUOTE)] : [qs, qe];
  // The quote starts and ends on words, not on the connective punctuation of a clause cut.
  while (start < end && /[\s,;:\u2014\u2013\u201d"]/.test(text[start])) start++;
  while (end > start && /[\s,;:\u2014\u2013\u201c"]/.test(text[end - 1])) end--;
  return {
    start, end, quote: text.slice(start, end),
    sentence,
    rule: `events.${source}`,
    confidence: CONFIDENCE[source] * (type === 'statement' ? 0.9 : 1),
    type,
    cooperation: ctx.ev.cooperation.get(type) ?? null,
    date: date.date,
    title,
    participants: participantsOf(ctx.state, clause.start, clause.end, triggerAt),
  };
}

/** "The decree also ...", "this exercise": the trigger names again an event just told, not a new one. */
function anaphoric(ctx: Ctx, sentence: number, type: string, before: string): boolean {
  if (/\b(?:this|that|these|those|such(?:\s+an?)?)\s+(?:[\w-]+\s+)?$/i.test(before)) return true;
  if (!/\bthe\s+$/i.test(before)) return false;
  for (let k = sentence - 1; k >= 0 && sentence - k <= ANAPHOR_REACH; k--) if (ctx.typesIn.get(k)?.has(type)) return true;
  return false;
}

const inside = (d: DateSpan, c: Clause) => d.start >= c.start && d.end <= c.end;
const dist = (d: DateSpan, t: TriggerHit) => (d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end));
