import type { Event } from '../../model/facts.ts';
import { quoteAt, quoteRanges } from '../claims/quote-ranges.ts';
import { paragraphIndex } from '../dates/paragraphs.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import { splitClauses, type Clause } from './clauses.ts';
import { listIntroducers } from './context.ts';
import { groupBySentence, inside, type Ctx } from './ctx.ts';
import { anniversaryDate } from './anniversary.ts';
import { isAnaphoricTrigger, mergeAnaphoric, mergeNamedExercises } from './corefer.ts';
import { coordinatedDates } from './coordinated-dates.ts';
import { dedupeEvents, words } from './dedupe.ts';
import { eventDatesBySentence } from './event-dates.ts';
import { exerciseNameBefore, exerciseNames } from './exercises.ts';
import { compileEvents } from './lexicon.ts';
import { makeEvent } from './make-event.ts';
import { occasionMeeting, withQuotation } from './occasion.ts';
import { pickDate } from './pick-date.ts';
import { storyDate } from './story-date.ts';
import { buildTitle, leadingName } from './title.ts';
import { chooseTrigger, findTriggers, overrideType } from './triggers.ts';

/**
 * One event per clause that has a trigger and a date: its own, one elsewhere in its sentence, its
 * list introducer's, or (for non-statements) the date of a sentence just before it in the paragraph.
 */
export function detectEventList(state: PipelineState): Event[] {
  const { text, sentences } = state;
  const ev = compileEvents(state.kb.events);
  const quotes = quoteRanges(text);
  const paragraphs = paragraphIndex(text, sentences);
  const tokens = groupBySentence(state.tokens);
  const allDates = groupBySentence(state.dates);
  const clauses = sentences.map((s) =>
    splitClauses(text, s.start, s.end, { breakRe: ev.clauseBreak, subordinator: ev.subordinator }, tokens.get(s.index) ?? [], quotes, allDates.get(s.index) ?? []));
  const ctx: Ctx = {
    state, ev, quotes, paragraphs, clauses,
    lists: listIntroducers(text, sentences, paragraphs),
    dates: eventDatesBySentence(state, ev, quotes),
    typesIn: new Map(),
    hasDateWords: new Set(state.dates.map((d) => d.sentence)),
    allDates,
    story: storyDate(state, paragraphs),
    anaphoric: new Set(),
    lastMeeting: null,
  };
  const exercises = exerciseNames(text, ev);
  const out: Event[] = [];
  for (const s of sentences) {
    const found: { ev: Event; clause: Clause }[] = [];
    for (const clause of clauses[s.index]) {
      const made = clauseEvent(ctx, s.index, clause, found.length ? found[found.length - 1].ev : null);
      if (!made.length) continue;
      const e = made[0];
      for (const m of made) found.push({ ev: m, clause });
      const occasion = occasionMeeting(ctx, s.index, clause, e);
      if (occasion) found.push({ ev: occasion, clause });
    }
    for (const d of ctx.allDates.get(s.index) ?? []) {
      if (d.rule !== 'dates.name-year') continue;
      const name = exerciseNameBefore(text, d.start, exercises);
      // "Zapad 2013 and Zapad 2017 followed": one exercise per named year.
      if (name && !found.some((f) => f.ev.type === 'exercise' && f.ev.date.start.slice(0, 4) === d.date.start.slice(0, 4))) {
        const clause = clauses[s.index].find((c) => d.start >= c.start && d.start < c.end) ?? { start: s.start, end: s.end };
        // "Zapad 2009, held in September of that year": the clause's finer date of that year dates it.
        // "From August 24-29, the SCO held Peace Mission 2014": else a finer date of that year elsewhere in the sentence.
        const within = (x: DateSpan) => x !== d && x.date.start >= d.date.start && x.date.end <= d.date.end && (x.date.precision === 'month' || x.date.precision === 'day');
        const sentenceDates = ctx.dates.get(s.index) ?? [];
        const finer = sentenceDates.find((x) => within(x) && inside(x, clause)) ?? sentenceDates.find(within);
        // "Peace Mission 2010 was held in ...": a bare "held" of a named exercise is no meeting.
        for (let i = found.length - 1; i >= 0; i--) {
          const f = found[i];
          if (f.ev.type === 'meeting' && f.clause.start === clause.start && !ev.meetingWord.test(text.slice(clause.start, clause.end))) found.splice(i, 1);
        }
        found.push({ ev: makeEvent(ctx, s.index, clause, 'exercise', finer ?? d, 'exercise-name', d.start, `${name} exercise`), clause });
      }
    }
    // "Two posts changed hands: X was named chief, while Y became deputy": the summary before the colon goes.
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
  const isExercise = (key: string) => {
    const entity = state.entities.get(key);
    return entity?.type === 'PROGRAM' && entity.attributes.kind === 'exercise';
  };
  // "Khaan Quest 2016, an international peace operations training, launched": training that a named exercise takes part in is that exercise.
  const typed = out.map((e) => (e.type === 'education' && e.participants.some((p) => isExercise(p.entityKey)) ? { ...e, type: 'exercise', rule: `${e.rule}@named-exercise` } : e));
  const isPerson = (key: string) => state.entities.get(key)?.type === 'PERSON';
  return dedupeEvents(mergeNamedExercises(mergeAnaphoric(typed, ctx.anaphoric), isExercise), paragraphs, sentences.map((x) => text.slice(x.start, x.end)), personWords, isPerson);
}

const RELATIVE = /^[\s,]*(?:which|where|whose)\b/i;

// A sentence's clauses ask the same sentence-wide questions: the last answer per regex is kept
// (the regexes are neither global nor sticky, so a test has no state to repeat).
const lastTest = new WeakMap<RegExp, { text: string; result: boolean }>();
function testSentence(re: RegExp, text: string): boolean {
  const last = lastTest.get(re);
  if (last && last.text === text) return last.result;
  const result = re.test(text);
  lastTest.set(re, { text, result });
  return result;
}

/** The clause's event, then the same happening again at each date coordinated with its own ("in 2008 and again in 2012"). */
function clauseEvent(ctx: Ctx, sentence: number, clause: Clause, previous: Event | null): Event[] {
  const { state, ev, quotes } = ctx;
  const { text } = state;
  const own = ctx.dates.get(sentence) ?? [];
  const s = state.sentences[sentence];
  const sentenceText = text.slice(s.start, s.end);
  const hits = findTriggers(text, clause.start, clause.end, ev, quotes, ctx.allDates.get(sentence) ?? []).filter(
    // What a quotation says counts as an event only when the quotation dates it itself.
    (h) => !h.quoted || own.some((d) => !d.relative && inside(d, clause) && quoteAt(quotes, d.start) === quoteAt(quotes, h.start)),
  );
  const trigger = chooseTrigger(hits, text, ev.future);
  if (!trigger) return [];
  const commentary = testSentence(ev.commentary, sentenceText);
  if (trigger.type === 'statement' && commentary) return [];
  // "the Staff College, which opened in 2009": a relative clause is typed with the noun it tells about.
  const clauseText = text.slice(clause.start, clause.end);
  const antecedent = RELATIVE.test(clauseText) ? text.slice(Math.max(s.start, clause.start - 60), clause.start) : '';
  const type = overrideType(trigger.type, antecedent + clauseText, ev);
  const dated = pickDate(ctx, sentence, clause, trigger, type, commentary || testSentence(ev.habitual, sentenceText));
  if (!dated) return [];
  const marked = anniversaryDate(text, clause.start, trigger.start, dated.date, state.kb.numbers.words);
  const picked = marked ? { date: marked, source: dated.source } : dated;
  let title = buildTitle(text, clause.start, clause.end, ctx.allDates.get(sentence) ?? [], previous ? leadingName(previous.title) : null);
  if (type === 'statement' && title.split(' ').length < 7) title = withQuotation(ctx, sentence, clause, title);
  const main = makeEvent(ctx, sentence, clause, type, picked.date, picked.source, trigger.start, title, trigger.id);
  if (isAnaphoricTrigger(text, clause.start, trigger.start, ev.anaphoric)) ctx.anaphoric.add(main);
  if (type === 'meeting') ctx.lastMeeting = { date: picked.date, sentence };
  if (picked.source !== 'clause' || type === 'statement') return [main];
  return [main, ...coordinatedDates(ctx, sentence, clause, picked.date).map((d) => makeEvent(ctx, sentence, clause, type, d, 'clause', trigger.start, title, trigger.id))];
}

