import type { DateWords } from '../knowledge/events.ts';
import { escapeRe, phraseAlternation } from './alternation.ts';

export { escapeRe };

/** The date lexicon compiled to regexes once per loaded knowledge (see compileDateWords). */
export interface DateLexicon {
  words: DateWords;
  monthByName: Map<string, number>;
  /** Capitalized month names and abbreviations: a cheap gate before chrono runs on a sentence. */
  monthGate: RegExp;
  /** Days of one month with the year after them: "September 14 and 20, 2017", "May 3–5, 2012". */
  monthDayRange: RegExp;
  /** A month name followed by an anaphoric year ("March that year"). */
  monthAnaphor: RegExp;
  /** "that September", "the following spring": a determiner, then a month or season name. */
  monthDeterminer: RegExp;
  /** Determiners of `monthDeterminer` that mean the first such month after the anchor. */
  nextDeterminers: Set<string>;
  /** Any year in digits: a sentence without one holds no numeric date (`year` … `season` all need one). */
  yearGate: RegExp;
  year: RegExp;
  interval: RegExp;
  yearDash: RegExp;
  decade: RegExp;
  yearPart: RegExp;
  season: RegExp;
  relative: RegExp;
  /** "on Monday", "last Friday": a day of the week, dated from the publication date. */
  weekday: RegExp;
  weekdayByName: Map<string, number>;
  relativeByPhrase: Map<string, DateWords['relative'][number]>;
  countNoun: RegExp;
  targetBefore: RegExp;
  referenceBefore: RegExp;
}

const cache = new WeakMap<DateWords, DateLexicon>();

// The date regexes are case-insensitive but for the month gate, which wants capitalized names.
const alt = (words: readonly string[]) => phraseAlternation(words, { ignoreCase: true });

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
// A year is not a year when it is part of a longer number, an amount or a decimal.
const NOT_BEFORE = '(?<![\\d$£€¥.,\\/#-])';
const NOT_AFTER = '(?![\\d%]|,\\d|\\.\\d)';

export function compileDateWords(words: DateWords): DateLexicon {
  const hit = cache.get(words);
  if (hit) return hit;
  const monthByName = new Map<string, number>();
  for (const m of words.months) for (const n of m.names) monthByName.set(n.toLowerCase(), m.number);
  const monthNames = words.months.flatMap((m) => m.names);
  const monthAlt = alt(monthNames);
  const partWords = words.yearParts.flatMap((p) => p.words);
  const seasonWords = words.seasons.flatMap((s) => s.words);
  const decadeWords = words.decadeParts.flatMap((p) => p.words);
  const det = words.monthDeterminers ?? { same: [], next: [] };
  const detAlt = [...det.same, ...det.next];
  const refPatterns = (words.referencePatterns ?? []).map((f) => f.replace(/ /g, '\\s+'));
  const lex: DateLexicon = {
    words,
    monthByName,
    monthGate: new RegExp(`\\b(?:${phraseAlternation(monthNames, { ignoreCase: false })})\\b`),
    monthAnaphor: new RegExp(`\\b(${monthAlt})\\.?\\s+(?:of\\s+)?(${alt(words.monthAnaphors)})\\b`, 'gi'),
    monthDeterminer: detAlt.length
      ? new RegExp(`\\b(${alt(detAlt)})\\s+(${alt([...monthNames, ...seasonWords])})\\b(?!\\s*,?\\s*\\d)`, 'gi')
      : /(?!)/g,
    monthDayRange: new RegExp(`\\b(${monthAlt})\\.?\\s+(\\d{1,2})\\s*(?:[\u2013\u2014-]|and|to|through|until)\\s*(\\d{1,2}),?\\s+${YEAR}\\b${NOT_AFTER}`, 'gi'),
    nextDeterminers: new Set(det.next.map((w) => w.toLowerCase())),
    yearGate: new RegExp(YEAR),
    year: new RegExp(`${NOT_BEFORE}\\b${YEAR}\\b${NOT_AFTER}`, 'g'),
    interval: new RegExp(`\\b(?:between|from)\\s+(?:the\\s+(?:years?\\s+)?)?${YEAR}\\s+(?:and|to|until|till|through)\\s+${YEAR}\\b`, 'gi'),
    yearDash: new RegExp(`${NOT_BEFORE}\\b${YEAR}\\s*[\u2013\u2014-]\\s*(\\d{4}|\\d{2})\\b${NOT_AFTER}`, 'g'),
    decade: new RegExp(`\\b(?:the\\s+)?(?:(${decadeWords.map(escapeRe).join('|')})[\\s-]*)?(1[5-9]\\d0|20\\d0)[\u2019']?s\\b`, 'gi'),
    yearPart: new RegExp(`\\b(${alt(partWords)})[\\s-]*${YEAR}\\b${NOT_AFTER}`, 'gi'),
    season: new RegExp(`\\b(?:the\\s+)?(${alt(seasonWords)})\\s+(?:of\\s+)?${YEAR}\\b${NOT_AFTER}`, 'gi'),
    relative: new RegExp(`\\b(${alt(words.relative.map((r) => r.phrase))})\\b`, 'gi'),
    weekday: words.weekdays.length
      ? new RegExp(`\\b(?:(last|next|this|on|late|early)\\s+)?(${alt(words.weekdays.flatMap((w) => w.names))})\\b(?!['’]s)(?!,?\\s+(?:the\\s+)?\\d)(?!,?\\s+(?:${monthAlt})\\b)`, 'gi')
      : /(?!)/g,
    weekdayByName: new Map(words.weekdays.flatMap((w) => w.names.map((n) => [n.toLowerCase(), w.number] as [string, number]))),
    relativeByPhrase: new Map(words.relative.map((r) => [r.phrase.toLowerCase(), r])),
    countNoun: new RegExp(`^\\s+(?:${alt(words.countNouns)})\\b`, 'i'),
    targetBefore: new RegExp(`\\b(?:${alt(words.targetCues)})\\s+(?:around\\s+|about\\s+|approximately\\s+|the\\s+end\\s+of\\s+)?$`, 'i'),
    referenceBefore: new RegExp(`(?:\\b(?:${alt(words.referenceCues)})\\s+(?:in\\s+)?${refPatterns.length ? `|\\b(?:${refPatterns.join('|')})\\s+` : ''})$`, 'i'),
  };
  cache.set(words, lex);
  return lex;
}
