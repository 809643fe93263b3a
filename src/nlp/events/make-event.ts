import type { Event } from '../../model/facts.ts';
import type { DateSpan } from '../state.ts';
import type { Clause } from './clauses.ts';
import { CONFIDENCE, type Ctx, type DateSource } from './ctx.ts';
import { participantsOf } from './participants.ts';

const MAX_QUOTE = 300;

/** An event with its evidence: the clause (and its date when in the same sentence), at most ~300 characters. */
/**
 * The rule is the firing trigger's id ("events.agreement.signed"), with where the date came from when not
 * from the clause itself ("@story", "@carried"); an event found without a trigger is `events.<source>`.
 */
export function makeEvent(ctx: Ctx, sentence: number, clause: Clause, type: string, date: DateSpan, source: DateSource, triggerAt: number, title: string, trigger: string | null = null): Event {
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
    rule: trigger ? `events.${trigger}${source === 'clause' ? '' : `@${source}`}` : `events.${source}`,
    confidence: CONFIDENCE[source] * (type === 'statement' ? 0.9 : 1),
    type,
    cooperation: ctx.ev.cooperation.get(type) ?? null,
    date: date.date,
    title,
    participants: participantsOf(ctx.state, clause.start, clause.end, triggerAt),
  };
}

