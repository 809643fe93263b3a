import type { Event } from '../../model/facts.ts';
import { quotesOverlapping } from '../claims/quote-ranges.ts';
import type { Clause } from './clauses.ts';
import type { Ctx } from './ctx.ts';
import { makeEvent } from './make-event.ts';
import { buildTitle, leadingName } from './title.ts';

/** "Ivanov announced" says little: the headline takes the first words of what was said. */
export function withQuotation(ctx: Ctx, sentence: number, clause: Clause, title: string): string {
  const { text, sentences } = ctx.state;
  const s = sentences[sentence];
  const next = sentences[sentence + 1];
  const q = quotesOverlapping(ctx.quotes, s.start, s.end).find((r) => r.end <= clause.start || r.start >= clause.end)
    ?? (next && /:\s*$/.test(text.slice(clause.start, s.end + 1)) ? quotesOverlapping(ctx.quotes, s.end, next.start + 2).find((r) => r.start >= s.end && r.start <= next.start + 1) : undefined);
  if (!q) return title;
  const said = text.slice(q.start + 1, q.end - 1).replace(/\s+/g, ' ').trim().split(' ').slice(0, 10).join(' ').replace(/[,;:.]+$/, '');
  return said ? `${title.replace(/[:,]+$/, '')}: ${said}` : title;
}


/** "praised X during a 2012 visit": the visit is a meeting of its own. */
export function occasionMeeting(ctx: Ctx, sentence: number, clause: Clause, main: Event): Event | null {
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

