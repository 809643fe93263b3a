import type { RecognizerContext } from './context.ts';
import type { Word } from './tokens.ts';

/** One capitalized unit of a chunk: a word, an initial with its period, or a hyphenated compound. */
export interface Unit {
  from: number;
  to: number;
  text: string;
  connector: boolean;
}

/** A maximal run of capitalized units, possibly joined by lower-case connectors ("of", "for", "and", "the"). */
export interface Chunk {
  units: Unit[];
  /** A possessive 's follows the chunk. */
  possessive: boolean;
}

const isCapWord = (w: Word | undefined) => !!w && (w.kind === 'word' || w.kind === 'abbr') && w.cap;
/** "1st", "58th", "150th": an ordinal that opens a unit's name ("58th Army"). */
// The digit is checked first: the regex runs on few words, and a regex test per word costs an allocation.
export const isOrdinal = (w: Word | undefined) => !!w && w.kind === 'word' && isDigitCode(w.text.charCodeAt(0)) && /^\d{1,4}(?:st|nd|rd|th)$/.test(w.text);
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Reads the unit starting at word i, or null when word i does not start a capitalized unit. */
function unitAt(ctx: RecognizerContext, i: number): Unit | null {
  const { words, text } = ctx;
  const w = words[i];
  if (!isCapWord(w)) {
    // An ordinal is a unit only when a capitalized word follows it: "58th Army", not "the 21st century".
    if (isOrdinal(w) && isCapWord(words[i + 1]) && words[i + 1]!.spaceBefore && words[i + 1]!.sentence === w!.sentence) return { from: i, to: i + 1, text: w!.text, connector: false };
    return null;
  }
  let to = i + 1;
  // An initial ("N.") or a title abbreviation ("Lt.", "Gen.") keeps its period.
  if ((w!.text.length === 1 || ctx.lx.titleAbbreviations.has(w!.text)) && words[to]?.text === '.' && !words[to]!.spaceBefore && words[to + 1]?.spaceBefore) to++;
  // Hyphenated compounds stay one unit when they end in a capital or a number: "Almaz-Antey", "Commander-in-Chief", "Five-Year".
  for (;;) {
    const d = words[to];
    if (!d || d.kind !== 'dash' || d.spaceBefore || d.text !== '-' && d.text !== '‐' && d.text !== '–') break;
    let k = to + 1;
    while (words[k] && !words[k]!.spaceBefore && words[k]!.kind === 'word' && !words[k]!.cap && words[k + 1]?.kind === 'dash' && !words[k + 1]!.spaceBefore) k += 2;
    const end = words[k];
    if (!end || end.spaceBefore || !(isCapWord(end) || (end.kind === 'word' && /^\p{Lu}/u.test(end.text)))) break;
    to = k + 1;
  }
  // A one-word unit shares the word's string: lookups by unit text then reuse its computed hash.
  return { from: i, to, text: to === i + 1 ? w!.text : text.slice(w!.start, words[to - 1]!.end), connector: false };
}

/** All chunks of the document, sentence by sentence. */
export function findChunks(ctx: RecognizerContext): Chunk[] {
  const { words, lx } = ctx;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const first = unitAt(ctx, i);
    if (!first) {
      i++;
      continue;
    }
    const units: Unit[] = [first];
    let j = first.to;
    for (;;) {
      const nxt = words[j];
      if (!nxt || nxt.sentence !== words[i]!.sentence) break;
      // A name never runs on over a line break: "U.S. Department of State\nU.S. Department of State" is two.
      if (lineBreakBetween(ctx.text, words[j - 1]!.end, nxt.start)) break;
      const u = unitAt(ctx, j);
      if (u && nxt.spaceBefore) {
        units.push(u);
        j = u.to;
        continue;
      }
      // Connectors: one or two lower-case words ("of", "of the", "and the") followed by a capital.
      let k = j;
      const conn: Unit[] = [];
      while (k < j + 2 && words[k] && words[k]!.kind === 'word' && !words[k]!.cap && lx.connectors.has(words[k]!.lower)) {
        // "Armenia the Military Doctrine": "the" joins names only after another connector ("of the").
        if (k === j && words[k]!.lower === 'the') break;
        conn.push({ from: k, to: k + 1, text: words[k]!.text, connector: true });
        k++;
      }
      const after = conn.length ? unitAt(ctx, k) : null;
      if (after && words[k]!.sentence === words[i]!.sentence) {
        units.push(...conn, after);
        j = after.to;
        continue;
      }
      break;
    }
    chunks.push({ units, possessive: words[j]?.kind === 'poss' });
    i = j;
  }
  return chunks;
}

export function chunkText(ctx: RecognizerContext, units: Unit[]): string {
  return ctx.text.slice(ctx.words[units[0]!.from]!.start, ctx.words[units[units.length - 1]!.to - 1]!.end);
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
