import { quoteAt, quotesOverlapping } from '../claims/quote-ranges.ts';
import type { DateSpan } from '../state.ts';
import type { Clause } from './clauses.ts';
import { dist, inside, type Ctx, type DateSource } from './ctx.ts';
import { isHeadline } from './story-date.ts';
import type { TriggerHit } from './triggers.ts';

/** An undated sentence borrows the date of the sentence just before it in its paragraph, no further: two sentences on, the narrative has usually moved. */
const CARRY_REACH = 1;
/** "The drill ended ...": a definite trigger noun points back this many sentences at most. */
const ANAPHOR_REACH = 10;

/**
 * The date of a clause's event: a date in the clause, else one elsewhere in its sentence, else
 * (statements) the date inside the quotation it closes, else its list introducer's, else (not
 * statements) the date of a sentence just before it in the paragraph.
 */
export function pickDate(ctx: Ctx, sentence: number, clause: Clause, trigger: TriggerHit, type: string, noCarry: boolean): { date: DateSpan; source: DateSource } | null {
  const { text } = ctx.state;
  const said = type === 'statement' ? complementStart(text, trigger, clause) : null;
  // "Kaloyev pointed out that the forces established in 2001 were key": a date in what was said dates what was said, not the saying.
  const own = (ctx.dates.get(sentence) ?? []).filter((d) => said === null || d.start < said);
  const inClause = preferStated(own.filter((d) => inside(d, clause)));
  let picked: { date: DateSpan; source: DateSource } | null = null;
  if (inClause.length) picked = { date: finest(inClause, nearest(ctx, inClause, trigger, type)), source: 'clause' };
  else if (own.length) {
    // "X dismissed Y, who had led it since 2003, and appointed Z": a "since" date of a relative clause starts a state, it dates no other clause.
    const usable = own.filter((d) => !(SINCE.test(text.slice(Math.max(0, d.start - 6), d.start)) && RELATIVE_LEAD.test(text.slice(Math.max(0, d.start - 80), d.start))));
    // "During the Ministerial 2025 held on May 13-14, 2025, ... met": a date stated outright over a year in a name.
    const pool = preferStated(usable.length ? usable : own);
    const before = pool.filter((d) => d.end <= clause.start);
    const date = type === 'statement' || !before.length ? nearest(ctx, pool, trigger, type) : before[before.length - 1];
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
      // "... had surrendered. It was August 14, 2021.": a sentence that only states a day sets the scene of its paragraph.
      if (!picked) {
        const scene = sceneDate(ctx, sentence);
        if (scene) picked = { date: scene, source: 'carried' };
      }
    }
  }
  // "At the end of their meeting, ministers signed a plan": on the day of the meeting just told.
  if (!picked && ctx.lastMeeting && sentence - ctx.lastMeeting.sentence <= OCCASION_REACH && ctx.ev.occasionBack.test(text.slice(clause.start, clause.end))) {
    picked = { date: ctx.lastMeeting.date, source: 'occasion' };
  }
  // "the minister told reporters": an undated statement of a news report was made on the day it tells of.
  // A news report's lede tells the day's happening: undated there, it happened on the story's day.
  const undatedSaying = said !== null && (ctx.allDates.get(sentence) ?? []).every((d) => d.start >= said);
  if (!picked && ctx.story && !quoteAt(ctx.quotes, trigger.start) && (!ctx.hasDateWords.has(sentence) || undatedSaying)
    && !isHeadline(text, ctx.state.sentences[sentence].start, ctx.state.sentences[sentence].end)
    && (type === 'statement' || ctx.paragraphs[sentence] - ctx.paragraphs[0] < LEDE_PARAGRAPHS)) picked = { date: ctx.story, source: 'story' };
  if (!picked) return null;
  const borrowed = picked.source !== 'clause';
  const before = text.slice(Math.max(clause.start, trigger.start - 40), trigger.start);
  // "other accords came later", "he often complained": vague or habitual, no borrowed date fits.
  if (borrowed && (ctx.ev.vagueBefore.test(before) || ctx.ev.habitualBefore.test(before))) return null;
  if (picked.source === 'carried' && anaphoric(ctx, sentence, type, before)) return null;
  // "It will provide courses", "it has become one of the best": a plan or a perfect tells no happening on the date just told.
  if (picked.source === 'carried' && (ctx.ev.future.test(text.slice(clause.start, trigger.end)) || PRESENT_PERFECT_IN.test(text.slice(clause.start, trigger.end)))) return null;
  // "parliament had approved a plan", "authorities have said": a perfect tells of a time before the story's day.
  if (picked.source === 'story' && (PAST_PERFECT.test(before) || (type === 'statement' && PRESENT_PERFECT.test(before)))) return null;
  // A vague "at the same time" dates only a different kind of event than the one just told.
  if (picked.date.rule.endsWith('-weak') && (ctx.typesIn.get(sentence - 1)?.has(type) || ctx.typesIn.get(sentence)?.has(type))) return null;
  return picked;
}

/** Where the content of a speech verb begins: right after its "that". */
const THAT_AFTER = /^(?:\s+(?!that\b)[\p{L}\d.,'’-]+){0,6}?\s+that\b/u;
function complementStart(text: string, trigger: TriggerHit, clause: Clause): number | null {
  const m = THAT_AFTER.exec(text.slice(trigger.end, Math.min(clause.end, trigger.end + 80)));
  return m ? trigger.end + m[0].length : null;
}

/** The paragraphs of a report that tell its news: the headline and the lede. */
const LEDE_PARAGRAPHS = 3;
/** How many sentences after a meeting "their meeting" still points to it. */
const OCCASION_REACH = 8;
const SINCE = /\bsince\s+$/i;
const PAST_PERFECT = /\bhad\s+(?:(?:not|never|already|also|just|been|formally|officially)\s+){0,2}$/i;
const PRESENT_PERFECT_IN = /\b(?:has|have)\s+(?:(?:not|never|already|also|continuously|repeatedly|since|now)\s+){0,2}(?:been\s+)?\p{L}+(?:ed|en|wn|ne|un)\b/iu;
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:not|never|already|also|repeatedly|previously)\s+){0,2}$/i;
/** The date closes a relative clause about someone or something: ", who had led it since 2003". */
const RELATIVE_LEAD = /,\s*(?:who|which|whose)\b[^,]*$/i;
const RANK: Record<string, number> = { day: 3, month: 2, year: 1 };

/** "the following year, in October 2013": of two dates of the clause, one inside the other, the finer one. */
function finest(list: DateSpan[], picked: DateSpan): DateSpan {
  let best = picked;
  for (const d of list) {
    if ((RANK[d.date.precision] ?? 0) > (RANK[best.date.precision] ?? 0) && (RANK[best.date.precision] ?? 0) > 0
      && d.date.start >= best.date.start && d.date.end <= best.date.end) best = d;
  }
  return best;
}

/** A year in a name ("Peace Mission 2016") yields to a date the clause states outright ("in September 2016", "from 29 July"). */
function preferStated(list: DateSpan[]): DateSpan[] {
  const stated = list.filter((d) => d.rule !== 'dates.name-year');
  return stated.length && stated.length < list.length ? stated : list;
}

/** “We will hire ... this year. ...,” the general said: the quotation, begun sentences before, dates its saying. */
function spokenDate(ctx: Ctx, sentence: number, clause: Clause): DateSpan | null {
  const s = ctx.state.sentences[sentence];
  const q = quotesOverlapping(ctx.quotes, s.start, clause.start).find((r) => r.end <= clause.start && r.start < s.start);
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


/** "The law also ...", "this drill": the trigger names again an event just told, not a new one. */
function anaphoric(ctx: Ctx, sentence: number, type: string, before: string): boolean {
  if (/\b(?:this|that|these|those|such(?:\s+an?)?)\s+(?:[\w-]+\s+)?$/i.test(before)) return true;
  if (!/\bthe\s+$/i.test(before)) return false;
  for (let k = sentence - 1; k >= 0 && sentence - k <= ANAPHOR_REACH; k--) if (ctx.typesIn.get(k)?.has(type)) return true;
  return false;
}


/** "It was August 14, 2021.", "That was in May 2008.": nothing but a day or month (the scene's) with a copula. */
const SCENE = /^\s*(?:(?:it|this|that)\s+(?:was|is)\s+(?:on\s+|in\s+)?)?\u0000[.!]?\s*$/i;
/** How many sentences of a paragraph a scene's date reaches. */
const SCENE_REACH = 3;

function sceneDate(ctx: Ctx, sentence: number): DateSpan | null {
  const { text, sentences } = ctx.state;
  for (let k = Math.max(0, sentence - SCENE_REACH); k <= sentence + SCENE_REACH && k < sentences.length; k++) {
    if (k === sentence || ctx.paragraphs[k] !== ctx.paragraphs[sentence]) continue;
    const own = ctx.dates.get(k) ?? [];
    if (own.length !== 1 || (own[0].date.precision !== 'day' && own[0].date.precision !== 'month')) continue;
    const s = sentences[k];
    const d = own[0];
    if (SCENE.test(`${text.slice(s.start, d.start)}\u0000${text.slice(d.end, s.end)}`)) return d;
  }
  return null;
}
