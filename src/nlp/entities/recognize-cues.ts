import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Chunk } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import type { Word } from './tokens.ts';
import { isYearWord } from './context.ts';
import { titleChainAt } from './names.ts';

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

const OPEN_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSE_QUOTES = new Set(['"', '”', '»', '“']);

/**
 * "training exercises "Birlestik"", ""Kazakhstan-2019" drills", "the exercise, dubbed Birlestik (Unity)":
 * a quoted or dubbed name right next to an exercise word names that exercise.
 */
export function recognizeNamedExercises(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  const cue = (w: Word | undefined) => !!w && w.kind === 'word' && lx.exerciseCues.has(w.lower);
  for (const c of chunks) {
    const units = c.units;
    if (!units.length || units.length > 4 || units[units.length - 1]!.connector) continue;
    const from = units[0]!.from;
    let to = units[units.length - 1]!.to;
    // "Kazakhstan-2019", "Khazar 2012": a year closing the name stays in it.
    if (words[to]?.kind === 'dash' && !words[to]!.spaceBefore && words[to + 1]?.kind === 'num' && !words[to + 1]!.spaceBefore) to += 2;
    else if (words[to]?.kind === 'num' && /^\d{4}$/.test(words[to]!.text)) to += 1;
    const before = words[from - 1];
    const after = words[to];
    const quoted = !!before && OPEN_QUOTES.has(before.text) && !!after && CLOSE_QUOTES.has(after.text);
    const nextToName = quoted ? (cue(words[from - 2]) || cue(words[to + 1]) || (lx.namingVerbs.has(words[from - 2]?.lower ?? '') && cue(words[from - 3] ?? words[from - 4])))
      : lx.namingVerbs.has(before?.lower ?? '') && (cue(words[from - 2]) || (words[from - 2]?.text === ',' && cue(words[from - 3])));
    if (!nextToName) continue;
    // A known place or organization quoted next to "exercise" is its setting, not its name.
    const known = lx.names.longestAt(words, from);
    if (known && known.to >= to && known.entries.every((e) => e.type !== 'PROGRAM')) continue;
    const name = ctx.text.slice(words[from]!.start, words[to - 1]!.end);
    out.push({
      from, to, type: 'PROGRAM', ref: { kind: 'named', name }, rule: 'entities.program.named-exercise',
      confidence: 0.75, priority: PRIORITY.pattern, attrs: { kind: 'exercise' },
    });
  }
  return out;
}

/** "Story and photos by SGT. LAUREN DEVITA": the author a byline names is a person, ranks and titles aside. */
export function recognizeBylineAuthors(ctx: RecognizerContext): Candidate[] {
  const { words } = ctx;
  const out: Candidate[] = [];
  for (const a of ctx.authors ?? []) {
    let from = words.findIndex((w) => w.start >= a.start);
    if (from < 0) continue;
    let to = from;
    while (to < words.length && words[to]!.end <= a.end) to++;
    // Rank and title words before the name ("SGT.", "Dr.") are not part of it.
    for (let chain = titleChainAt(ctx, from); chain && chain.to < to; chain = titleChainAt(ctx, from)) from = chain.to;
    while (from < to && /^\p{Lu}{2,4}\.?$/u.test(words[from]!.text) && words[from + 1]?.text === '.') from += 2;
    const names = words.slice(from, to).filter((w) => w.kind === 'word');
    if (names.length < 2 || names.length > 4 || names.some((w) => !w.cap)) continue;
    const written = ctx.text.slice(words[from]!.start, words[to - 1]!.end);
    // A byline in capitals ("LAUREN DEVITA") names the person in ordinary case.
    const name = written === written.toUpperCase() ? written.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : written;
    out.push({
      from, to, type: 'PERSON', ref: { kind: 'person', name, titles: [] }, rule: 'entities.person.byline',
      confidence: 0.8, priority: PRIORITY.person, attrs: {}, ...(name !== written ? { surface: name } : {}),
    });
  }
  return out;
}
