import { PartialDates } from '../../model/date.ts';
import type { DateSpan, PipelineState } from '../state.ts';

// A report's lede is its first paragraphs: a day stated there is the day the story tells of.
const LEDE_PARAGRAPHS = 2;

/**
 * The day a news report tells of: its publication date when the page states one (the stamp's span
 * is the evidence), else a day stated in its lede ("visited NATO Headquarters on Wednesday,
 * 15 February 2012"). Null for writing without either, such as an analysis dated only by years.
 */
export function storyDate(state: PipelineState, paragraphs: readonly number[]): DateSpan | null {
  const { meta, original } = state;
  if (meta.publishedDate && /^\d{4}-\d{2}-\d{2}$/.test(meta.publishedDate)) {
    const [y, m, d] = meta.publishedDate.split('-').map(Number);
    const span = meta.publishedSpan ?? { start: 0, end: 0 };
    return {
      start: span.start, end: span.end, quote: original.slice(span.start, span.end), sentence: -1,
      date: PartialDates.day(y, m, d), relative: true,
      rule: meta.publishedRule === 'given' ? 'dates.publication-given' : 'dates.publication',
    };
  }
  const first = paragraphs.length ? paragraphs[0] : 0;
  return state.dates.find((d) => d.date.precision === 'day' && !d.relative && paragraphs[d.sentence] - first < LEDE_PARAGRAPHS) ?? null;
}

// At most this many words make a headline.
const HEADLINE_WORDS = 20;

/**
 * A headline: a whole line without a final period that opens the document or stands alone before a
 * blank line. It announces the lede's happening; dated by the story day it would tell it twice.
 */
export function isHeadline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd).trim()) return false;
  const line = text.slice(start, end).trim();
  if (/[.!?]["”’)]?$/.test(line) || line.split(/\s+/).length > HEADLINE_WORDS) return false;
  const first = !text.slice(0, lineStart).trim();
  const blankAfter = /^\n[ \t]*(?:\n|$)/.test(text.slice(lineEnd, lineEnd + 40));
  return first || blankAfter;
}
