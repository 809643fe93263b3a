import { lastQuoteEndIn, quoteAt, type QuoteRange } from '../claims/quote-ranges.ts';
import { compileDateWords } from '../dates/lexicon.ts';
import { dateRole, targetCue } from '../dates/role.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import type { CompiledEvents } from './lexicon.ts';

/**
 * The dates that can date an event, per sentence. Out: points of comparison ("compared to 1999"),
 * decades (periods, not happenings), horizons ("would buy jets during 2012–2014"); a plan's
 * deadline ("will be deployed by 2015") and a past "by 2011 spending had tripled" stay. A vague "at the same time" counts only
 * when its sentence has no other date.
 */
const SCHEDULED = new Set(['day', 'month']);

export function eventDatesBySentence(state: PipelineState, ev: CompiledEvents, quotes: readonly QuoteRange[]): Map<number, DateSpan[]> {
  const { text } = state;
  const dlex = compileDateWords(state.kb.events.dateWords);
  const out = new Map<number, DateSpan[]>();
  const horizons = new Set<DateSpan>();
  for (const d of state.dates) {
    if (d.date.precision === 'decade' || d.rule === 'dates.decade') continue;
    const role = dateRole(text, d, dlex);
    if (role === 'reference') continue;
    // A future word shortly before the date, in its sentence, makes it a horizon.
    // Words of a quotation before it are someone's speech, not the narrative's tense.
    let from = Math.max(state.sentences[d.sentence].start, d.start - 80);
    from = lastQuoteEndIn(quotes, from, d.start);
    const lead = text.slice(from, d.start);
    const future = !quoteAt(quotes, d.start) && ev.future.test(lead);
    // "will take place in Anapa on 5 June": a scheduled day or month is the planned event's date; a
    // year after a future word is a plan's horizon ("would buy jets by 2014").
    // "will be held in Kazakhstan in 2024" sets the year, as a day would.
    const inYear = d.date.precision === 'year' && (/\bin\s+$/i.test(lead) || /^in\s/i.test(text.slice(d.start, d.end)));
    // "will be deployed at the port by 2015": a year a plan is to be done by is the planned happening's date.
    const byYear = d.date.precision === 'year' && /\bby\s+$/i.test(lead);
    if (future && !SCHEDULED.has(d.date.precision) && !inYear && !byYear) continue;
    if (role === 'target') {
      const cue = targetCue(text, d);
      if (!cue || !/^(?:by|until|till)$/.test(cue)) continue;
      if (cue !== 'by') horizons.add(d);
    }
    const list = out.get(d.sentence) ?? [];
    list.push(d);
    out.set(d.sentence, list);
  }
  for (const [k, list] of out) {
    const firm = list.filter((d) => !d.rule.endsWith('-weak'));
    // "extended the lease until 2032" in 2012: the end of a span dates nothing when the sentence states its time.
    const stated = firm.filter((d) => !horizons.has(d));
    if (stated.length) out.set(k, stated);
    else if (firm.length) out.set(k, firm);
  }
  return out;
}
