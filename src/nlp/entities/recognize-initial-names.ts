import { allMatches } from '../all-matches.ts';
import { PRIORITY, type Candidate } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { wordSpan } from './recognize-patterns.ts';

// "Kh.Battulga", "B.Erdenebat", "B.DULGUUN": a father's initial glued to the name by a period, as Mongolian and
// some Central Asian writing gives a person.
const INITIAL_NAME = /(?<![\p{L}\p{N}.@/])(\p{Lu}\p{Ll}{0,2})\.(\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,}))(?![\p{L}\p{N}]|\.\p{L})/gu;

/** People written as an initial glued to their name ("Kh.Battulga"); never a known abbreviation ("St.Petersburg"). */
export function recognizeInitialNames(ctx: RecognizerContext): Candidate[] {
  const { lx, text } = ctx;
  const out: Candidate[] = [];
  for (const m of allMatches(INITIAL_NAME, text)) {
    if (lx.notInitials.has(m[1]!)) continue;
    const span = wordSpan(ctx, m.index, m.index + m[0].length);
    if (!span) continue;
    const [from, to] = span;
    out.push({
      from, to, type: 'PERSON', ref: { kind: 'person', name: m[0], titles: [] }, rule: 'entities.person.glued-initial',
      confidence: 0.8, priority: PRIORITY.person, attrs: {},
    });
  }
  return out;
}
