import type { PartialDate } from '../../model/date.ts';
import { dateRole } from '../dates/role.ts';
import type { DateLexicon } from '../dates/lexicon.ts';
import type { DateSpan } from '../state.ts';

// How close a deadline must follow a figure to date it: "to 80 percent by 2005".
const TARGET_REACH = 16;

/**
 * The date a figure holds at: the nearest date of its sentence that says when, never a point of
 * comparison ("than the previous year", "compared to 2001") or a vague anaphor, and a deadline
 * ("by 2005") only for the figure written right before it.
 */
export function figureDate(text: string, sentenceDates: readonly DateSpan[], from: number, to: number, lex: DateLexicon): PartialDate | null {
  let best: DateSpan | null = null;
  let bestDist = Infinity;
  for (const d of sentenceDates) {
    if (d.start < to && d.end > from) continue;
    const role = dateRole(text, d, lex);
    if (role === 'reference' || role === 'weak') continue;
    const dist = d.end <= from ? from - d.end : d.start - to;
    if (role === 'target') {
      if (d.start >= to && dist <= TARGET_REACH && !/[\d,;]/.test(text.slice(to, d.start))) return d.date;
      continue;
    }
    if (dist < bestDist) {
      best = d;
      bestDist = dist;
    }
  }
  return best?.date ?? null;
}
