import type { DateSpan } from '../state.ts';
import type { DateLexicon } from './lexicon.ts';

/**
 * What a date does in its sentence: `event` dates say when something happened; `target` dates are
 * horizons and deadlines ("by 2020", "until 2030", "up to 2012"); `reference` dates are points of
 * comparison ("compared to 1999"); `weak` ones are vague anaphors ("at the same time", "since then").
 */
export type DateRole = 'event' | 'target' | 'reference' | 'weak';

const AS_EARLY_AS = /\bas\s+(?:early|late|recently|long\s+ago|far\s+back)\s+as\s+in\s+$/i;

export function dateRole(text: string, d: DateSpan, lex: DateLexicon): DateRole {
  if (d.rule.endsWith('-weak')) return 'weak';
  const before = text.slice(Math.max(0, d.start - 40), d.start);
  // "as early as in August 2009" says when, it compares with nothing.
  if (lex.referenceBefore.test(before) && !AS_EARLY_AS.test(before)) return 'reference';
  if (lex.targetBefore.test(before)) return 'target';
  return 'event';
}

/** The cue word in front of a target date ("by", "until"...), lower case, or null. */
export function targetCue(text: string, d: DateSpan): string | null {
  const m = /\b([a-z]+)\s+(?:around\s+|about\s+|approximately\s+)?$/i.exec(text.slice(Math.max(0, d.start - 30), d.start));
  return m ? m[1].toLowerCase() : null;
}
