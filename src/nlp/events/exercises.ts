import type { CompiledEvents } from './lexicon.ts';

const OPENERS = /^(?:The|This|That|These|In|On|At|By|During|Since|After|Before|And|A|An)\s+/;

/**
 * Names the text gives to exercises ("Kavkaz joint exercises"), and known exercise names written
 * before a year: a later "Kavkaz 2009" is that exercise held in 2009.
 */
export function exerciseNames(text: string, ev: CompiledEvents): Set<string> {
  const out = new Set<string>();
  const found = [...text.matchAll(ev.exerciseHead), ...text.matchAll(ev.knownExercise)].sort((a, b) => a.index - b.index);
  for (const m of found) {
    let name = m[1]!.trim();
    while (OPENERS.test(name)) name = name.replace(OPENERS, '');
    if (name.length >= 3 && /^\p{Lu}/u.test(name)) out.add(name);
  }
  return out;
}

/** The exercise name written right before position `at`, if any. */
export function exerciseNameBefore(text: string, at: number, names: ReadonlySet<string>): string | null {
  const before = text.slice(Math.max(0, at - 60), at).replace(/[\s\u201c"]+$/, '');
  for (const n of names) if (before.endsWith(n)) return n;
  return null;
}
