import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Chunk } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import { isYearWord } from './context.ts';

/** "the town of Zugdidi", "the region of Kvemo Kartli": a capitalized name after a place noun and "of". */
export function recognizePlaceOf(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  for (const c of chunks) {
    const first = c.units[0]!;
    if (first.connector) continue;
    const of = words[first.from - 1];
    const cue = words[first.from - 2];
    if (of?.lower !== 'of' || !cue || cue.cap || !lx.placeOfCues.has(cue.lower) || cue.sentence !== of.sentence) continue;
    let n = 0;
    while (n < c.units.length && !c.units[n]!.connector && n < 3) n++;
    const last = c.units[n - 1]!;
    const known = lx.names.longestAt(words, first.from);
    // A known name of another kind ("the city of NATO summits") is not renamed a place.
    if (known && known.to >= last.to && known.entries.every((e) => e.type !== 'PLACE')) continue;
    if (lx.stopCapitals.has(first.text) || lx.demonyms.has(first.text)) continue;
    out.push({
      from: first.from, to: last.to, type: 'PLACE', ref: { kind: 'named', name: ctx.text.slice(words[first.from]!.start, words[last.to - 1]!.end) },
      rule: 'entities.place.noun-of', confidence: 0.75, priority: PRIORITY.pattern, attrs: { kind: cue.lower },
    });
  }
  return out;
}

/** "Noble Partner 2018", "Zapad-2021": capitalized words and a year in a sentence about exercises. */
export function recognizeExerciseYears(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  let cueSentences: Set<number> | null = null;
  for (const c of chunks) {
    let units = c.units;
    while (units.length && (units[0]!.connector || lx.stopCapitals.has(units[0]!.text) || units[0]!.text === 'Exercise')) units = units.slice(1);
    if (!units.length || units.length > 4 || units[units.length - 1]!.connector) continue;
    const end = units[units.length - 1]!.to;
    let to = 0;
    if (isYearWord(words[end]) && words[end]!.spaceBefore) to = end + 1;
    else if (words[end]?.kind === 'dash' && !words[end]!.spaceBefore && isYearWord(words[end + 1]) && !words[end + 1]!.spaceBefore) to = end + 2;
    if (!to || words[to]?.kind === 'dash') continue;
    cueSentences ??= exerciseSentences(ctx);
    const s = words[units[0]!.from]!.sentence;
    if (!cueSentences.has(s) && words[units[0]!.from - 1]?.text !== 'Exercise') continue;
    // A lone known place, organization or month with a year is a date or a setting, not an exercise.
    const known = lx.names.longestAt(words, units[0]!.from);
    if (known && known.to >= end && known.entries.every((e) => e.type !== 'PROGRAM')) continue;
    if (units.length === 1 && (lx.demonyms.has(units[0]!.text) || words[units[0]!.from]!.upper && units[0]!.text.length <= 3)) continue;
    const name = ctx.text.slice(words[units[0]!.from]!.start, words[to - 1]!.end);
    out.push({
      from: units[0]!.from, to, type: 'PROGRAM', ref: { kind: 'named', name }, rule: 'entities.program.exercise-year',
      confidence: 0.75, priority: PRIORITY.pattern, attrs: { kind: 'exercise' },
    });
  }
  return out;
}

function exerciseSentences(ctx: RecognizerContext): Set<number> {
  const out = new Set<number>();
  for (const w of ctx.words) if (w.kind === 'word' && ctx.lx.exerciseCues.has(w.lower)) out.add(w.sentence);
  return out;
}
