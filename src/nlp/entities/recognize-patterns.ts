import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Chunk } from './chunks.ts';
import { chunkText, isOrdinal } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import type { NamePayload } from './lexicon.ts';
import { phraseMatches } from './phrase-regex.ts';
import type { Word } from './tokens.ts';

/** "Caspian flotilla", "Chelyabinsk region", "X training range", "Qazaqstan Tarihy portal": a name with a lower-case head. */
export function recognizeLowercaseTails(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  for (const c of chunks) {
    let units = c.units;
    // "Termez and the Karakalpakstan region": the tail belongs to the last name of a list.
    const and = units.map((u) => u.connector && u.text === 'and').lastIndexOf(true);
    if (and >= 0) units = units.slice(and + 1);
    while (units.length && (units[0]!.connector || lx.stopCapitals.has(units[0]!.text))) units = units.slice(1);
    if (!units.length || c.possessive) continue;
    const last = units[units.length - 1]!;
    const firstText = units[0]!.text;
    if (units.length === 1 && (lx.demonyms.has(firstText) || lx.languages.has(firstText))) continue;
    // "AD regiment": an unknown short acronym is a modifier, not a name.
    if (units.length === 1 && words[units[0]!.from]!.upper && !lx.names.longestAt(words, units[0]!.from)) continue;
    for (const [tails, type] of [[lx.orgTailsLower, 'ORG'], [lx.placeTailsLower, 'PLACE']] as const) {
      const tail = tailsStartingWith(tails, words[last.to]?.text).find((t) => t.every((tw, k) => words[last.to + k]?.text === tw && words[last.to + k]!.sentence === words[last.from]!.sentence));
      if (!tail) continue;
      // "201st Russian military base": a numbered base is a unit (numbered-unit pattern), not a place.
      if (type === 'PLACE' && (!placeTailAllowed(ctx, units[0]!.from, last.to) || isOrdinal(words[units[0]!.from]))) break;
      if (type === 'ORG' && words[last.to + tail.length]?.kind === 'word' && !words[last.to + tail.length]!.cap && /^(?:of|for)$/.test(words[last.to + tail.length]!.text)) break;
      const to = last.to + tail.length;
      const name = ctx.text.slice(words[units[0]!.from]!.start, words[to - 1]!.end);
      out.push({
        from: units[0]!.from, to, type, ref: { kind: 'named', name }, rule: `entities.${type.toLowerCase()}.lowercase-tail`,
        confidence: 0.75, priority: PRIORITY.pattern, attrs: { kind: tail.join(' ') },
        // "Chebarkul training range" is also plain "Chebarkul" when that is no name of its own.
        ...(type === 'ORG' || !lx.names.longestAt(words, units[0]!.from) ? { extraAliases: [{ alias: chunkText(ctx, units), kind: 'short' as const }] } : {}),
      });
      break;
    }
  }
  return out;
}

// Tails grouped by their first word (in knowledge order), so a chunk only tries the tails that can follow it.
const tailIndex = new WeakMap<string[][], Map<string, string[][]>>();
const NO_TAILS: string[][] = [];
function tailsStartingWith(tails: string[][], first: string | undefined): string[][] {
  let index = tailIndex.get(tails);
  if (!index) {
    index = new Map();
    for (const t of tails) {
      const l = index.get(t[0]!);
      if (l) l.push(t);
      else index.set(t[0]!, [t]);
    }
    tailIndex.set(tails, index);
  }
  return (first !== undefined && index.get(first)) || NO_TAILS;
}

// "Chelyabinsk region" names a new place; "Caspian Sea region" or "Russia's region" does not.
function placeTailAllowed(ctx: RecognizerContext, from: number, to: number): boolean {
  const m = ctx.lx.names.longestAt(ctx.words, from);
  if (!m) return true;
  if (m.to !== to) return m.to < to;
  return m.entries.every((e) => e.source === 'place' && e.attrs.kind === 'city');
}

/** Named units written as one all-capital word: KAZBAT, KAZBRIG, CENTRASBAT, POLUKRBAT. */
export function recognizeUnitAcronyms(ctx: RecognizerContext): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  for (const w of words) {
    if (w.kind !== 'word' || !w.upper || w.text.length < lx.unitMinLength || !/^\p{Lu}+$/u.test(w.text)) continue;
    if (!hasUnitSuffix(w.text, lx.unitSuffixes)) continue;
    if (lx.names.longestAt(words, w.i)) continue;
    out.push({
      from: w.i, to: w.i + 1, type: 'ORG', ref: { kind: 'named', name: w.text }, rule: 'entities.org.unit-acronym',
      confidence: 0.8, priority: PRIORITY.pattern, attrs: { kind: 'unit' },
    });
  }
  return out;
}

/** Programs named without capitals: "the 2007 military doctrine", "a five-year military cooperation plan". */
export function recognizeProgramPhrases(ctx: RecognizerContext): Candidate[] {
  const { lx, text } = ctx;
  const out: Candidate[] = [];
  for (const r of lx.programRegexes) {
    for (const m of phraseMatches(r.re, text)) {
      const span = wordSpan(ctx, m.index, m.index + m[0].length);
      if (!span) continue;
      const [from, to] = span;
      const match = m;
      const name = r.name.replace(/\$(\d)/g, (_s, d: string) => match[Number(d)] ?? '');
      out.push({
        from, to, type: r.type, ref: { kind: 'named', name }, rule: `entities.${r.type.toLowerCase()}.${r.id}`,
        confidence: 0.75, priority: PRIORITY.pattern, attrs: { kind: r.kind },
      });
    }
  }
  return out;
}

/** "Kazakhstan's army", "the Kazakh military", "Russian forces": the armed forces of that country. */
export function recognizeCountryForces(ctx: RecognizerContext): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  const armed: NamePayload = { type: 'ORG', id: 'armed-forces', source: 'armed-forces', canonical: 'Armed Forces', attrs: { kind: 'armed-forces' } };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let iso: string | undefined;
    let at = i + 1;
    const from = i;
    if (w.kind === 'word' && lx.demonyms.get(w.text)) iso = lx.demonyms.get(w.text);
    else if ((w.kind === 'word' || w.kind === 'abbr') && w.cap && (i === 0 || words[i - 1]!.kind !== 'poss')) {
      // "U.S. military", "US Armed Forces": a country's name used as a modifier.
      const m = lx.names.longestAt(words, i);
      const c = m && words[m.to]?.kind !== 'poss' ? m.entries.find((e) => e.source === 'country') : undefined;
      if (c) {
        iso = c.attrs.iso2 as string;
        at = m!.to;
      }
    } else if (w.kind === 'poss' && i > 0) {
      const m = lx.names.longestAt(words, i - 1);
      const c = m && m.to === i ? m.entries.find((e) => e.source === 'country') : undefined;
      if (c) iso = c.attrs.iso2 as string;
      // "Kazakhstan's" may be two words back for multi-word countries: "United States's" is rare; one word is enough.
    }
    if (!iso) continue;
    const armedForm = lx.armedForcesCountryForms.find((f) => wordsAt(words, at, f, w.sentence));
    // "the U.S. government", "the Russian defence ministry": a body every country has, in lower case, after the country.
    const body = armedForm ? null : lx.countryBodyForms.find((b) => wordsAt(words, at, b.words, w.sentence) && !words[at]!.cap);
    const form = armedForm ?? body?.words;
    if (!form) continue;
    const to = at + form.length;
    const next = words[to];
    // "Russian military academies", "Uzbekistan's Military Modernization": the word modifies what follows.
    if (next && next.kind === 'word' && (next.cap || ctx.posAt.get(next.start) === 'NOUN' || ctx.posAt.get(next.start) === 'PROPN')) continue;
    // The possessive case keeps its country word out of the span: "Kazakhstan" stays a place mention.
    out.push({
      from: at, to, type: 'ORG', ref: { kind: 'known', payload: body?.payload ?? armed }, rule: body ? 'entities.org.country-body' : 'entities.org.country-forces',
      confidence: 0.8, priority: PRIORITY.gazetteer, attrs: { kind: body ? body.payload.attrs.kind : 'armed-forces', ...(body?.payload.source === 'branch' ? { branch: body.payload.id } : {}) }, country: iso,
      extraAliases: [{ alias: ctx.text.slice(words[w.kind === 'poss' ? i - 1 : from]!.start, words[to - 1]!.end), kind: 'possessive' }],
    });
    at = to;
  }
  return out;
}

/** Words from `at` on are `form` (lower-cased), all in `sentence`: a loop, not a closure per form tried. */
function wordsAt(words: readonly Word[], at: number, form: readonly string[], sentence: number): boolean {
  for (let k = 0; k < form.length; k++) {
    const x = words[at + k];
    if (x?.lower !== form[k] || x.sentence !== sentence) return false;
  }
  return true;
}

function hasUnitSuffix(text: string, suffixes: readonly string[]): boolean {
  for (const s of suffixes) if (text.endsWith(s) && text.length - s.length >= 2) return true;
  return false;
}

/** The words [from, to) that a text match covers exactly, or null when it starts or ends inside a word. */
export function wordSpan(ctx: RecognizerContext, start: number, end: number): [number, number] | null {
  const { words } = ctx;
  const from = wordAt(ctx, start);
  if (from < 0) return null;
  let to = from;
  while (to < words.length && words[to]!.start < end) to++;
  return words[to - 1]!.end === end ? [from, to] : null;
}

/** The index of the word starting at `start` (binary search over word starts), or -1. */
export function wordAt(ctx: RecognizerContext, start: number): number {
  let lo = 0;
  let hi = ctx.words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.words[mid]!.start;
    if (s === start) return mid;
    if (s < start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
