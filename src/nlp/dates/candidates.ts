import { allMatches } from '../all-matches.ts';
import { PartialDates, type PartialDate } from '../../model/date.ts';
import type { DateWords } from '../knowledge/events.ts';
import type { DateLexicon } from './lexicon.ts';

/** A date expression found in one sentence, before relative ones are resolved against context. */
export interface DateCandidate {
  start: number;
  end: number;
  rule: string;
  /** Explicit dates carry their value; the others are resolved by the anchor. */
  date: PartialDate | null;
  /** A month (and day) whose year comes from context ("in February", "March that year"). */
  month?: { month: number; day: number | null };
  relative?: DateWords['relative'][number];
  /** A season whose year comes from context ("that spring"). */
  season?: { fromMonth: number; toMonth: number };
  /** "the following September": the first such month after the anchor, not the anchor's year's. */
  next?: boolean;
  /** "on Monday" (1) ... "last Sunday" (7): dated from the publication date. */
  weekday?: { day: number; modifier: string | null };
}

// Capitalized words that open a date phrase rather than name something.
const FUNCTION_WORDS = new Set('in by since from until till before after during of and or to for at on between through around about circa early late mid as with the'.split(' '));

const inRange = (lex: DateLexicon, y: number) => y >= lex.words.minYear && y <= lex.words.maxYear;

/** Years, intervals, decades, parts of years and seasons written with digits (chrono refuses bare years). */
export function numericCandidates(text: string, offset: number, lex: DateLexicon): DateCandidate[] {
  const out: DateCandidate[] = [];
  if (!lex.yearGate.test(text)) return out;
  const add = (m: RegExpExecArray, rule: string, date: PartialDate | null) => {
    if (date) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, rule, date });
  };
  for (const m of allMatches(lex.interval, text)) {
    const a = +m[1], b = +m[2];
    if (inRange(lex, a) && b > a) add(m, 'dates.interval', PartialDates.interval(PartialDates.year(a), PartialDates.year(b)));
  }
  for (const m of allMatches(lex.yearDash, text)) {
    const a = +m[1];
    let b = +m[2];
    if (m[2].length === 2) b = Math.floor(a / 100) * 100 + b;
    if (inRange(lex, a) && b > a && b - a < 100) add(m, 'dates.interval', PartialDates.interval(PartialDates.year(a), PartialDates.year(b)));
  }
  for (const m of allMatches(lex.decade, text)) {
    const first = +m[2];
    if (!inRange(lex, first)) continue;
    const part = m[1] ? lex.words.decadeParts.find((p) => p.words.some((w) => w.toLowerCase() === m[1].toLowerCase().replace(/\s+/g, ' ').trim())) : undefined;
    add(m, 'dates.decade', part
      ? PartialDates.interval(PartialDates.year(first + part.fromOffset), PartialDates.year(first + part.toOffset))
      : PartialDates.decade(first));
  }
  for (const m of allMatches(lex.yearPart, text)) {
    if (inRange(lex, +m[2])) add(m, 'dates.year-part', PartialDates.year(+m[2]));
  }
  for (const m of allMatches(lex.season, text)) {
    const y = +m[2];
    const s = lex.words.seasons.find((x) => x.words.some((w) => w.toLowerCase() === m[1].toLowerCase().replace(/\s+/g, ' ')));
    if (!s || !inRange(lex, y)) continue;
    add(m, 'dates.season', PartialDates.interval(PartialDates.month(y, s.fromMonth), PartialDates.month(y, s.toMonth)));
  }
  for (const m of allMatches(lex.year, text)) {
    const y = +m[1];
    if (!inRange(lex, y)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (lex.countNoun.test(after)) continue;
    // A year glued to a capitalized word is part of a name ("Kavkaz 2009"): still that event's year.
    const word = /([A-Z][\w-]*)["”]?\s+$/.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    const named = !!word && !FUNCTION_WORDS.has(word) && !lex.monthByName.has(word);
    add(m, named ? 'dates.name-year' : 'dates.year', PartialDates.year(y));
  }
  return out;
}

/** Relative phrases ("that same year", "the following year", "this year") and months tied to them. */
export function relativeCandidates(text: string, offset: number, lex: DateLexicon): DateCandidate[] {
  const out: DateCandidate[] = [];
  const phrases = allMatches(lex.relative, text);
  for (const m of phrases) {
    const rel = lex.relativeByPhrase.get(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (!rel) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, rule: `dates.relative${rel.weak ? '-weak' : ''}`, date: null, relative: rel });
  }
  // A month anaphor counts only when its phrase is a relative one: without such a phrase, none does.
  if (phrases.length) for (const m of allMatches(lex.monthAnaphor, text)) {
    const month = lex.monthByName.get(m[1].toLowerCase());
    const phrase = m[2].toLowerCase().replace(/^of\s+/, '').replace(/\s+/g, ' ');
    const rel = lex.relativeByPhrase.get(phrase);
    if (!month || !rel || m[1][0] !== m[1][0].toUpperCase()) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, rule: 'dates.month-relative', date: null, month: { month, day: null }, relative: rel });
  }
  for (const m of allMatches(lex.monthDeterminer, text)) {
    const name = m[2].toLowerCase();
    const month = lex.monthByName.get(name);
    // A month is written capitalized: "that march" is no date.
    if (month && m[2][0] !== m[2][0].toUpperCase()) continue;
    const season = month ? undefined : lex.words.seasons.find((x) => x.words.some((w) => w.toLowerCase() === name));
    if (!month && !season) continue;
    out.push({
      start: offset + m.index, end: offset + m.index + m[0].length, rule: 'dates.month-determiner', date: null,
      month: month ? { month, day: null } : undefined,
      season: season ? { fromMonth: season.fromMonth, toMonth: season.toMonth } : undefined,
      next: lex.nextDeterminers.has(m[1].toLowerCase().replace(/\s+/g, ' ')),
    });
  }
  return out;
}

/** Days of the week ("on Monday", "last Friday"); a weekday written with a date after it is chrono's. */
export function weekdayCandidates(text: string, offset: number, lex: DateLexicon): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of allMatches(lex.weekday, text)) {
    const day = lex.weekdayByName.get(m[2].toLowerCase());
    // Day names are capitalized: "the march on sunday" is someone's prose, "Sunday" a date.
    if (!day || m[2][0] !== m[2][0].toUpperCase()) continue;
    const modifier = m[1]?.toLowerCase() ?? null;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, rule: 'dates.weekday', date: null, weekday: { day, modifier: modifier === 'on' || modifier === 'late' || modifier === 'early' ? null : modifier } });
  }
  return out;
}
