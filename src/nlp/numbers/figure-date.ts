import type { PartialDate } from '../../model/date.ts';
import { dateRole } from '../dates/role.ts';
import type { DateLexicon } from '../dates/lexicon.ts';
import type { DateSpan } from '../state.ts';

// How close a deadline must follow a figure to date it: "to 80 percent by 2005".
const TARGET_REACH = 16;

// "starting in 2008, raising them to 70,000": the date a change takes effect dates its figures.
const TAKES_EFFECT = /\b(?:starting|beginning|effective|as of)\s+(?:in\s+|from\s+|on\s+)?$/i;

/**
 * The date a figure holds at: the nearest date of its sentence that says when, never a point of
 * comparison ("than the previous year", "compared to 2001") or a vague anaphor, and a deadline
 * ("by 2005") only for the figure written right before it.
 */
export function figureDate(text: string, sentenceDates: readonly DateSpan[], from: number, to: number, lex: DateLexicon): PartialDate | null {
  let best: DateSpan | null = null;
  let bestDist = Infinity;
  // A vague anaphor ("at the same time") dates a figure only when nothing firmer does.
  let weak: DateSpan | null = null;
  let weakDist = Infinity;
  for (const d of sentenceDates) {
    if (d.start < to && d.end > from) continue;
    let role = dateRole(text, d, lex);
    if (role === 'reference') continue;
    const dist = d.end <= from ? from - d.end : d.start - to;
    if (role === 'target' && TAKES_EFFECT.test(text.slice(Math.max(0, d.start - 30), d.start))) role = 'event';
    if (role === 'target') {
      if (d.start >= to && dist <= TARGET_REACH && !/[\d,;]/.test(text.slice(to, d.start))) return d.date;
      continue;
    }
    if (role === 'weak') {
      if (dist < weakDist) [weak, weakDist] = [d, dist];
      continue;
    }
    if (dist < bestDist) [best, bestDist] = [d, dist];
  }
  return (best ?? weak)?.date ?? null;
}
