import { allMatches } from '../all-matches.ts';
import { PRIORITY, type Candidate } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { wordAt } from './recognize-patterns.ts';

// "Kh.Battulga", "B.Erdenebat", "B.DULGUUN": a father's initial glued to the name by a period, as Mongolian and
// some Central Asian writing gives a person.
const INITIAL_NAME = /(?<![\p{L}\p{N}.@/])(\p{Lu}\p{Ll}{0,2})\.(\p{Lu}(?:\p{Ll}{3,}|\p{Lu}{3,}))(?![\p{L}\p{N}]|\.\p{L})/gu;

/** People written as an initial glued to their name ("Kh.Battulga"); never a known abbreviation ("St.Petersburg"). */
export function recognizeInitialNames(ctx: RecognizerContext): Candidate[] {
  const { words, lx, text } = ctx;
  const out: Candidate[] = [];
  for (const m of allMatches(INITIAL_NAME, text)) {
    if (lx.notInitials.has(m[1]!)) continue;
    const end = m.index + m[0].length;
    const from = wordAt(ctx, m.index);
    let to = from;
    while (to < words.length && words[to]!.start < end) to++;
    if (from < 0 || words[to - 1]!.end !== end) continue;
    out.push({
      from, to, type: 'PERSON', ref: { kind: 'person', name: m[0], titles: [] }, rule: 'entities.person.glued-initial',
      confidence: 0.8, priority: PRIORITY.person, attrs: {},
    });
  }
  return out;
}
