import type { Candidate } from './candidates.ts';
import type { Chunk, Unit } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import { isNameUnit, titleChainAt } from './names.ts';
import { orgOrProgram } from './org-or-program.ts';
import { personCandidate, personWithTitle, plainPerson } from './person-candidate.ts';
import { contentUnits, trimUnits } from './trim-units.ts';

/** Turns capitalized chunks into ORG, PROGRAM, PLACE and PERSON candidates by their head words, titles and names. */
export function classifyChunks(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chunks) {
    const units = trimUnits(ctx, c.units);
    // A lone unit has no title or head word before it and is no full name: classify finds nothing in it (most chunks are one word).
    if (units.length < 2) continue;
    for (const c of classify(ctx, units, 0)) out.push(c);
  }
  return out;
}

const FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX']);

/** Headings in Title Case ("Challenges Remain in Kazakhstan") capitalize every word: head words prove nothing there. */
export function isTitleCaseSentence(ctx: RecognizerContext, wordIndex: number): boolean {
  let flags = titleCaseCache.get(ctx);
  if (!flags) titleCaseCache.set(ctx, (flags = titleCaseSentences(ctx)));
  return flags[ctx.words[wordIndex]!.sentence] === 1;
}

// One pass over all words: a sentence is a Title Case heading when it has 2+ capitalized long words and no lower-case content word.
function titleCaseSentences(ctx: RecognizerContext): Uint8Array {
  const n = ctx.words.length ? ctx.words[ctx.words.length - 1]!.sentence + 1 : 0;
  const caps = new Uint32Array(n);
  const lower = new Uint8Array(n);
  // An index loop: this runs once per document, mostly before it is optimized, and for-of then made an iterator result per word.
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (w.kind !== 'word' || w.text.length <= 3) continue;
    if (w.cap) caps[w.sentence]!++;
    else if (!lower[w.sentence] && !FUNCTION_POS.has(ctx.posAt.get(w.start) ?? '')) lower[w.sentence] = 1;
  }
  const out = new Uint8Array(n);
  for (let s = 0; s < n; s++) if (caps[s]! >= 2 && !lower[s]) out[s] = 1;
  return out;
}
const titleCaseCache = new WeakMap<RecognizerContext, Uint8Array>();

function classify(ctx: RecognizerContext, units: Unit[], depth: number): Candidate[] {
  if (!units.length || depth > 4) return [];
  // "Concept of Foreign Policy of June 2016": a connector before a month or other stop word ends the name.
  const cut = units.findIndex((u, k) => k > 0 && u.connector && !!units[k + 1] && ctx.lx.stopCapitals.has(units[k + 1]!.text));
  if (cut > 0) units = trimUnits(ctx, units.slice(0, cut));
  if (!units.length) return [];
  const split = splitAtAnd(ctx, units) ?? splitPlaceOnPlace(ctx, units);
  if (split) return [...classify(ctx, trimUnits(ctx, split[0]), depth + 1), ...classify(ctx, trimUnits(ctx, split[1]), depth + 1)];
  const titled = personWithTitle(ctx, units, (rest) => classify(ctx, trimUnits(ctx, rest), depth + 1));
  if (titled) return titled;
  // "Chief of the General Staff", "Commander-in-Chief of the Ground Forces": the body after the title.
  const chain = titleChainAt(ctx, units[0]!.from);
  // "General Staff of ...": a known body that begins with a rank word is no title.
  const knownBody = chain ? ctx.lx.names.longestAt(ctx.words, units[0]!.from) : null;
  // "Chief Border Guard Directorate", "General Education School": a rank word right before a body's name is part of it.
  const k0 = chain ? units.findIndex((u) => u.from >= chain.to) : -1;
  const bodyAfter = k0 > 0 && !units[k0 - 1]!.connector && !units[k0]!.connector && units.slice(k0).some((u) => ctx.lx.orgHeads.has(u.text));
  if (chain && !bodyAfter && !(knownBody && knownBody.to > chain.to && knownBody.entries.some((e) => e.type === 'ORG'))) {
    const k = k0;
    if (k > 0 && units[k - 1]!.connector) return classify(ctx, trimUnits(ctx, units.slice(k)), depth + 1);
    if (k > 0) return classify(ctx, trimUnits(ctx, units.slice(k)), depth + 1);
    return [];
  }
  const named = personAfterName(ctx, units);
  if (named) return [personCandidate(ctx, units.slice(named), 'entities.person.after-name', 0.8), ...classify(ctx, trimUnits(ctx, units.slice(0, named)), depth + 1)];
  // A byline ("Jane Doe and John Roe") is a Title Case line too: a known given name still makes a person.
  if (isTitleCaseSentence(ctx, units[0]!.from)) {
    // A byline's affiliation ("Bishkek Center for Security Studies"): a long name closed by an organization head.
    const org = orgOrProgram(ctx, units).filter((c) => c.type === 'ORG' && c.to - c.from >= 4);
    return org.length ? org : plainPerson(ctx, units).filter((c) => c.rule === 'entities.person.given-name');
  }
  return [
    ...orgOrProgram(ctx, units),
    ...plainPerson(ctx, units),
  ].slice(0, 1);
}

/** "Turkey and Germany", "Ground Forces and the Navy": two names; "Missile Troops and Artillery": one. */
function splitAtAnd(ctx: RecognizerContext, units: Unit[]): [Unit[], Unit[]] | null {
  const k = units.findIndex((u) => u.connector && u.text === 'and');
  if (k <= 0) return null;
  // "Law on Defense and Military Service": a leader with its complement keeps the whole title.
  const lead = ctx.lx.programLeaders.get(units[0]!.text);
  if (lead && units[1]?.connector && lead.complement.includes(units[1]!.text)) return null;
  const left = units.slice(0, k);
  const right = units.slice(k + 1);
  const leftKnown = ctx.lx.names.longestAt(ctx.words, left[0]!.from);
  const leftExact = !!leftKnown && leftKnown.to === left[left.length - 1]!.to;
  const rightHead = contentUnits(right).some((u) => ctx.lx.orgHeads.has(u.text) || ctx.lx.programHeads.has(u.text));
  const rightKnown = ctx.lx.names.longestAt(ctx.words, contentUnits(right)[0]?.from ?? -1);
  // "Marat Seitkali and Joanna Brzezinska": two people, each opened by a given name.
  const twoPeople = left.length >= 2 && contentUnits(right).length >= 2 && ctx.lx.givenNames.has(left[0]!.text) && ctx.lx.givenNames.has(contentUnits(right)[0]!.text);
  // "Russian President Vladimir Putin and Chinese leader Xi": a titled person's name ends before "and".
  const titledLeft = !!personWithTitle(ctx, left, () => []);
  return leftExact || rightHead || twoPeople || titledLeft || (rightKnown && rightKnown.to === right[right.length - 1]!.to) ? [left, right] : null;
}

/**
 * "the Group of Russian Forces in the Transcaucasus Andrei Popov", "Security Policy Josep Borrell": a known
 * given name and one to three name words close a chunk that a known name, or a name with an organization or
 * program head, opens. Returns where the person starts, or 0.
 */
function personAfterName(ctx: RecognizerContext, units: Unit[]): number {
  const { lx, words } = ctx;
  for (let k = units.length - 2; k >= 1 && k >= units.length - 4; k--) {
    const u = units[k]!;
    if (u.connector || units[k - 1]!.connector || !lx.givenNames.has(u.text)) continue;
    const name = units.slice(k);
    if (!name.every((x) => !x.connector && isNameUnit(ctx, x))) continue;
    // "Mohammad Tawfiq Safi": a given name before it makes the whole a person's name.
    if (lx.givenNames.has(units[k - 1]!.text)) continue;
    const prefix = units.slice(0, k);
    const known = lx.names.longestAt(words, prefix[0]!.from);
    const headed = prefix.some((x) => !x.connector && (lx.orgHeads.has(x.text) || lx.programHeads.has(x.text)));
    if ((known && known.to === prefix[prefix.length - 1]!.to) || headed) return k;
  }
  return 0;
}

/** "Iran on the Caspian Sea", "Baku on the Caspian": a known place, then where it lies, are two places. */
function splitPlaceOnPlace(ctx: RecognizerContext, units: Unit[]): [Unit[], Unit[]] | null {
  const k = units.findIndex((u) => u.connector && (u.text === 'on' || u.text === 'in'));
  if (k <= 0) return null;
  const left = units.slice(0, k);
  const right = contentUnits(units.slice(k + 1));
  if (!right.length) return null;
  const isPlace = (from: number, to: number) => {
    const m = ctx.lx.names.longestAt(ctx.words, from);
    return !!m && m.to === to && m.entries.some((e) => e.type === 'PLACE');
  };
  const leftPlace = isPlace(left[0]!.from, left[left.length - 1]!.to);
  const rightKnown = ctx.lx.names.longestAt(ctx.words, right[0]!.from);
  return leftPlace && rightKnown?.entries.some((e) => e.type === 'PLACE') ? [left, units.slice(k + 1)] : null;
}
