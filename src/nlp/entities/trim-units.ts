import type { Unit } from './chunks.ts';
import type { RecognizerContext } from './context.ts';

/** The units that carry words, without connectors ("of", "and", ...). */
export const contentUnits = (units: Unit[]) => units.filter((u) => !u.connector);

/** Drops connectors, stop capitals and sentence-initial non-name words from a chunk's edges. */
export function trimUnits(ctx: RecognizerContext, units: Unit[]): Unit[] {
  let a = 0;
  let b = units.length;
  while (a < b && (units[a]!.connector || (ctx.lx.stopCapitals.has(units[a]!.text) && !numberInName(ctx, units, a)) || sentenceInitialNonName(ctx, units[a]!))) a++;
  while (b > a && units[b - 1]!.connector) b--;
  return units.slice(a, b);
}

// "the Five Hills Training Center": a number word inside a sentence opens a name when capitalized words follow it.
function numberInName(ctx: RecognizerContext, units: Unit[], a: number): boolean {
  if (!ctx.lx.nameNumberWords.has(units[a]!.text) || !units[a + 1] || units[a + 1]!.connector) return false;
  const prev = ctx.words[units[a]!.from - 1];
  return !!prev && prev.sentence === ctx.words[units[a]!.from]!.sentence && prev.kind === 'word';
}

const NON_NAME_POS = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM']);

// "Develop the Naval Academy ...": a sentence's first word that wink reads as a verb or function word is not part of a name.
function sentenceInitialNonName(ctx: RecognizerContext, u: Unit): boolean {
  const w = ctx.words[u.from]!;
  const prev = ctx.words[u.from - 1];
  if (prev && prev.sentence === w.sentence && prev.kind !== 'punct') return false;
  const pos = ctx.posAt.get(w.start);
  return !!pos && NON_NAME_POS.has(pos) && u.to === u.from + 1;
}
