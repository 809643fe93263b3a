import { PartialDates, yearOf, type PartialDate } from '../../model/date.ts';
import { lastQuoteEndIn, quoteAt, quoteRanges } from '../claims/quote-ranges.ts';
import type { EventCues } from '../knowledge/events.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import { numericCandidates, relativeCandidates, weekdayCandidates, type DateCandidate } from './candidates.ts';
import { fromPublished } from './published-anchor.ts';
import { compileDateWords } from './lexicon.ts';
import { monthCandidates } from './months.ts';
import { dateRole } from './role.ts';
import { paragraphIndex } from './paragraphs.ts';

/**
 * An anaphoric date looks back at most this many sentences when it is not in the anchor's paragraph
 * and the page has no publication date; with one, a new paragraph is told from the day of writing
 * ("sacked the minister he had reprimanded in May" after a paragraph on January 2022: this May).
 */
const ANCHOR_REACH = 3;
/** The sentences of a report's lede, whose stated day stands in for a missing publication date. */
const LEDE_SENTENCES = 2;
/** A deictic date ("this year" in a quotation) trusts the narrative date for longer. */
const DEICTIC_REACH = 12;

interface Place {
  sentence: number;
  paragraph: number;
}

interface Anchor extends Place {
  date: PartialDate;
}

/**
 * Finds every date expression, sentence by sentence, and resolves the relative ones against the
 * date most recently stated (the anchor) or, for "this year" outside quotations, the publication date.
 * Nothing is resolved when no anchor is near: a missing month or year is never invented.
 */
export function recognizeDateSpans(state: PipelineState): DateSpan[] {
  const lex = compileDateWords(state.kb.events.dateWords);
  const { text } = state;
  const quotes = quoteRanges(text);
  const paragraphs = paragraphIndex(text, state.sentences);
  const published = state.referenceDate && /^\d{4}-\d{2}-\d{2}/.test(state.referenceDate) ? state.referenceDate.slice(0, 10) : null;
  const future = futureCue(state.kb.events.cues);
  const out: DateSpan[] = [];
  let anchor: Anchor | null = null;
  // The day of writing: the publication date, else a day the report's lede states ("visited NATO
  // Headquarters on Wednesday, 15 February 2012"), which a report tells of on or about its day.
  let today = published;

  for (const s of state.sentences) {
    const sentenceText = text.slice(s.start, s.end);
    const paragraph = paragraphs[s.index];
    const here: Place = { sentence: s.index, paragraph };
    const reference = published ? new Date(`${published}T12:00:00Z`) : anchor ? new Date(Date.UTC(yearOf(anchor.date), 6, 1)) : new Date(Date.UTC(2000, 0, 1));
    const candidates = pickLongest([
      ...monthCandidates(sentenceText, s.start, lex, reference),
      ...relativeCandidates(sentenceText, s.start, lex),
      ...numericCandidates(sentenceText, s.start, lex),
      ...weekdayCandidates(sentenceText, s.start, lex),
    ]);
    // The anchor seen by earlier sentences, and the one moving through this sentence.
    const previous: Anchor | null = anchor;
    let local: Anchor | null = null;
    // The last stated date of this sentence, a plan's horizon included: "announced plans for a base
    // in 2015 ... rejected it in October of that year" looks back to 2015, not past it.
    let stated: Anchor | null = null;
    // Whether a date looks ahead of the day of writing, a quotation's own words included ("We plan to send ... in October").
    const ahead = (at: number) => future.test(text.slice(Math.max(s.start, at - 80), at));
    for (const c of candidates) {
      const own = c.relative?.reach;
      // A plan's horizon ("would buy jets during 2012–2014") is not the narrative's date.
      let from = Math.max(s.start, c.start - 80);
      from = lastQuoteEndIn(quotes, from, c.start);
      const planned = !quoteAt(quotes, c.start) && future.test(text.slice(from, c.start));
      let date = c.date;
      let relative = !date;
      // Dated from the day of publication: a weekday, "yesterday", "last month", and (below) a month without a year.
      let fromPublication = false;
      if (!date && (c.weekday || (c.relative?.kind === 'deictic' && c.relative.unit !== 'year'))) {
        date = today ? fromPublished(c, today, ahead(c.start)) : null;
        fromPublication = !!date;
      } else if (!date) {
        const base: PartialDate | null = c.relative?.kind === 'deictic'
          ? deicticBase(!!quoteAt(quotes, c.start), usable(previous, here, own, DEICTIC_REACH), published)
          : (stated as Anchor | null)?.date ?? usable(previous, here, own, published ? 0 : ANCHOR_REACH)?.date ?? null;
        // A month told against the report's own day is placed as from the day of writing ("agreed in December" in February: last December).
        const storyDay: boolean = !!today && base?.precision === 'day' && base.start === today && !!c.month && !c.relative;
        date = base && !storyDay ? resolve(c, base) : null;
        if (!date && c.month && !c.relative && today) {
          date = fromPublished(c, today, ahead(c.start));
          fromPublication = !!date;
        } else if (!date && c.month && !c.relative) {
          // "riots broke out on January 2" in a report that said "2022" paragraphs before: that year's, as a reader takes it;
          // "completed their training on August 12 and took part in Khaan Quest 2017": else the year its own sentence states.
          const last = previous as Anchor | null;
          const later = last ? null : candidates.find((x) => x.start > c.end && x.date && !x.relative && x.date.precision !== 'decade');
          date = last ? resolve(c, last.date) : later?.date ? resolve(c, later.date) : null;
        }
      }
      if (!date) continue;
      if (!today && s.index < LEDE_SENTENCES && !relative && date.precision === 'day') today = date.start;
      const rule = fromPublication ? `${c.rule}@${published ? 'published' : 'lede'}` : c.rule;
      const span: DateSpan = { start: c.start, end: c.end, quote: text.slice(c.start, c.end), sentence: s.index, date, relative, rule };
      out.push(span);
      const role = dateRole(text, span, lex);
      if (fromPublication && c.weekday) relative = false;
      if (role === 'event' && !planned && (!relative || c.relative?.kind === 'anaphoric')) {
        local = { date, sentence: s.index, paragraph };
        anchor = local;
        stated = local;
      } else if (!relative && (role === 'event' || role === 'target')) stated = { date, sentence: s.index, paragraph };
    }
  }
  return out;
}

// A phrase with its own reach looks back exactly that far; the others anywhere in the paragraph too.
function usable(a: Anchor | null, here: Place, own: number | undefined, reach: number): Anchor | null {
  if (!a) return null;
  const near = own !== undefined ? here.sentence - a.sentence <= own : a.paragraph === here.paragraph || here.sentence - a.sentence <= reach;
  return near ? a : null;
}

const futureCache = new WeakMap<EventCues, RegExp>();
function futureCue(cues: EventCues): RegExp {
  let re = futureCache.get(cues);
  if (!re) {
    re = cues.futureCues.length ? new RegExp(`\\b(?:${cues.futureCues.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\b`, 'i') : /(?!)/;
    futureCache.set(cues, re);
  }
  return re;
}

// "This year" in a quotation is the year of speaking, which the narrative has just given; outside
// quotations it is the year of publication when that is known.
function deicticBase(quoted: boolean, narrative: Anchor | null, published: string | null): PartialDate | null {
  const pub = published ? PartialDates.year(+published.slice(0, 4)) : null;
  if (quoted || !pub) return narrative?.date ?? pub;
  return pub;
}

function resolve(c: DateCandidate, base: PartialDate): PartialDate | null {
  const rel = c.relative;
  const baseYear = yearOf(base);
  const baseMonth = base.precision === 'day' || base.precision === 'month' ? Number(base.start.slice(5, 7)) : null;
  if (c.month || c.season) {
    const first = c.month?.month ?? c.season!.fromMonth;
    // "the following September" after an October anchor is next year's; after a year alone, that year's.
    const year = rel ? baseYear + rel.offset : c.next && baseMonth !== null && first <= baseMonth ? baseYear + 1 : baseYear;
    if (c.season) return PartialDates.interval(PartialDates.month(year, c.season.fromMonth), PartialDates.month(year, c.season.toMonth));
    return c.month!.day ? PartialDates.day(year, first, c.month!.day) : PartialDates.month(year, first);
  }
  if (!rel) return null;
  if (rel.unit === 'same') return base;
  if (rel.unit === 'day' && base.precision === 'day') {
    const d = new Date(`${base.start}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + rel.offset);
    return PartialDates.day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  // Days counted from a month stay in about that month; months counted from a year stay in about that year.
  if (rel.unit === 'day' && baseMonth !== null && Math.abs(rel.offset) < 15) return PartialDates.month(baseYear, baseMonth);
  if ((rel.unit === 'month' || rel.unit === 'day') && baseMonth !== null) {
    const months = rel.unit === 'month' ? rel.offset : Math.round(rel.offset / 30);
    const index = baseYear * 12 + baseMonth - 1 + months;
    return PartialDates.month(Math.floor(index / 12), (index % 12) + 1);
  }
  if (rel.unit === 'month' || rel.unit === 'day') return PartialDates.year(baseYear);
  return PartialDates.year(baseYear + rel.offset);
}

/** Overlapping expressions keep the longest (then the earliest); the result is in text order. */
function pickLongest(cands: DateCandidate[]): DateCandidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateCandidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
