import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Chunk, Unit } from './chunks.ts';
import { chunkText } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import { hasSurnameEnding, isInitial, isNameUnit, titleChainAt } from './names.ts';

/** Turns capitalized chunks into ORG, PROGRAM, PLACE and PERSON candidates by their head words, titles and names. */
export function classifyChunks(ctx: RecognizerContext, chunks: Chunk[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of chunks) out.push(...classify(ctx, trim(ctx, c.units), 0));
  return out;
}

const content = (units: Unit[]) => units.filter((u) => !u.connector);

function trim(ctx: RecognizerContext, units: Unit[]): Unit[] {
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

const FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX']);
const NON_NAME_POS = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM']);

// "Develop the Naval Academy ...": a sentence's first word that wink reads as a verb or function word is not part of a name.
function sentenceInitialNonName(ctx: RecognizerContext, u: Unit): boolean {
  const w = ctx.words[u.from]!;
  const prev = ctx.words[u.from - 1];
  if (prev && prev.sentence === w.sentence && prev.kind !== 'punct') return false;
  const pos = ctx.posAt.get(w.start);
  return !!pos && NON_NAME_POS.has(pos) && u.to === u.from + 1;
}

/** Headings in Title Case ("Challenges Remain in Kazakhstan") capitalize every word: head words prove nothing there. */
export function isTitleCaseSentence(ctx: RecognizerContext, wordIndex: number): boolean {
  let flags = titleCaseCache.get(ctx);
  if (!flags) titleCaseCache.set(ctx, (flags = titleCaseSentences(ctx)));
  return flags.has(ctx.words[wordIndex]!.sentence);
}

// One pass over all words: a sentence is a Title Case heading when it has 2+ capitalized long words and no lower-case content word.
function titleCaseSentences(ctx: RecognizerContext): Set<number> {
  const caps = new Map<number, number>();
  const lower = new Set<number>();
  for (const w of ctx.words) {
    if (w.kind !== 'word' || w.text.length <= 3) continue;
    if (w.cap) caps.set(w.sentence, (caps.get(w.sentence) ?? 0) + 1);
    else if (!lower.has(w.sentence) && !FUNCTION_POS.has(ctx.posAt.get(w.start) ?? '')) lower.add(w.sentence);
  }
  const out = new Set<number>();
  for (const [s, n] of caps) if (n >= 2 && !lower.has(s)) out.add(s);
  return out;
}
const titleCaseCache = new WeakMap<RecognizerContext, Set<number>>();

function classify(ctx: RecognizerContext, units: Unit[], depth: number): Candidate[] {
  if (!units.length || depth > 4) return [];
  // "Concept of Foreign Policy of June 2016": a connector before a month or other stop word ends the name.
  const cut = units.findIndex((u, k) => k > 0 && u.connector && !!units[k + 1] && ctx.lx.stopCapitals.has(units[k + 1]!.text));
  if (cut > 0) units = trim(ctx, units.slice(0, cut));
  if (!units.length) return [];
  const split = splitAtAnd(ctx, units);
  if (split) return [...classify(ctx, trim(ctx, split[0]), depth + 1), ...classify(ctx, trim(ctx, split[1]), depth + 1)];
  const titled = personWithTitle(ctx, units, depth);
  if (titled) return titled;
  // "Chief of the General Staff", "Commander-in-Chief of the Ground Forces": the body after the title.
  const chain = titleChainAt(ctx, units[0]!.from);
  // "General Staff of ...": a known body that begins with a rank word is no title.
  const knownBody = chain ? ctx.lx.names.longestAt(ctx.words, units[0]!.from) : null;
  if (chain && !(knownBody && knownBody.to > chain.to && knownBody.entries.some((e) => e.type === 'ORG'))) {
    const k = units.findIndex((u) => u.from >= chain.to);
    if (k > 0 && units[k - 1]!.connector) return classify(ctx, trim(ctx, units.slice(k)), depth + 1);
    if (k > 0) return classify(ctx, trim(ctx, units.slice(k)), depth + 1);
    return [];
  }
  if (isTitleCaseSentence(ctx, units[0]!.from)) return [];
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
  const rightHead = content(right).some((u) => ctx.lx.orgHeads.has(u.text) || ctx.lx.programHeads.has(u.text));
  const rightKnown = ctx.lx.names.longestAt(ctx.words, content(right)[0]?.from ?? -1);
  return leftExact || rightHead || (rightKnown && rightKnown.to === right[right.length - 1]!.to) ? [left, right] : null;
}

function personWithTitle(ctx: RecognizerContext, units: Unit[], depth: number): Candidate[] | null {
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.connector) continue;
    const chain = titleChainAt(ctx, units[k]!.from);
    if (!chain) continue;
    const e = units.findIndex((u) => u.from === chain.to);
    if (e < 0) continue;
    const name = units.slice(e);
    if (!name.length || name.length > 5 || !name.every((u) => isNameUnit(ctx, u) || isInitial(u))) continue;
    if (name[name.length - 1]!.connector) continue;
    const titles = chain.forms.filter((f) => f.kind !== 'modifier').map((f) => f.form);
    const titleText = ctx.text.slice(ctx.words[units[k]!.from]!.start, ctx.words[chain.to - 1]!.end);
    const person = personCandidate(ctx, name, 'entities.person.title', 0.9, titles, titleText);
    const postOrgs = chain.forms.map((f) => f.org).filter((o): o is string => !!o);
    if (postOrgs.length) person.attrs.postOrgs = postOrgs;
    // The title words are no entity of their own ("Army" in "Army General X").
    const blocker: Candidate = { ...person, from: units[k]!.from, to: chain.to, ref: { kind: 'named', name: titleText }, blocker: true, rule: 'entities.person.title-words' };
    return [person, blocker, ...classify(ctx, trim(ctx, units.slice(0, k)), depth + 1)];
  }
  return null;
}

export function personCandidate(ctx: RecognizerContext, name: Unit[], rule: string, confidence: number, titles: string[] = [], titleText = ''): Candidate {
  const text = chunkText(ctx, name);
  return {
    from: name[0]!.from, to: name[name.length - 1]!.to, type: 'PERSON',
    ref: { kind: 'person', name: text, titles }, rule, confidence, priority: PRIORITY.person,
    attrs: titles.length ? { titles } : {},
    ...(titleText ? { extraAliases: [{ alias: `${titleText} ${text}`, kind: 'title' as const }] } : {}),
  };
}

function plainPerson(ctx: RecognizerContext, units: Unit[]): Candidate[] {
  const { lx, words } = ctx;
  if (units.length < 2 || units.length > 5) return [];
  if (!units.every((u, k) => isNameUnit(ctx, u) || isInitial(u) || (k === 0 && cityGivenName(ctx, units)))) return [];
  if (units[units.length - 1]!.connector || isInitial(units[units.length - 1]!)) return [];
  if (!isNameUnit(ctx, units[0]!) && !isInitial(units[0]!)) return [personCandidate(ctx, units, 'entities.person.city-given-name', 0.75)];
  const first = units[0]!.text;
  if (lx.givenNames.has(first) || lx.givenNames.has(first.split('-')[0]!)) return [personCandidate(ctx, units, 'entities.person.given-name', 0.85)];
  if (units.some(isInitial)) return [personCandidate(ctx, units, 'entities.person.initial', 0.8)];
  if (units.length === 2 && lx.familyFirst.has(first)) return [personCandidate(ctx, units, 'entities.person.family-first', 0.7)];
  // "Jane Doe, Director of ..." / "his counterpart Jane Doe"
  const last = units[units.length - 1]!;
  const after = words[last.to];
  if (after?.text === ',' && titleChainAt(ctx, last.to + 1)) return [personCandidate(ctx, units, 'entities.person.appositive', 0.8)];
  let b = units[0]!.from - 1;
  if (words[b]?.text === ',') b--;
  const before = words[b];
  if (before && !before.cap && lx.introducers.has(before.lower)) return [personCandidate(ctx, units, 'entities.person.introducer', 0.75)];
  if (hasSurnameEnding(ctx, last.text) && units.length <= 3 && units.every((u) => u.connector || ctx.posAt.get(words[u.from]!.start) === 'PROPN')) return [personCandidate(ctx, units, 'entities.person.surname-shape', 0.7)];
  return [];
}

// "Kabul Berdiev": a city name used as a given name, followed by one surname-shaped word.
function cityGivenName(ctx: RecognizerContext, units: Unit[]): boolean {
  if (units.length !== 2 || units[1]!.connector || !isNameUnit(ctx, units[1]!)) return false;
  if (!hasSurnameEnding(ctx, units[1]!.text)) return false;
  const m = ctx.lx.names.longestAt(ctx.words, units[0]!.from);
  return !!m && m.to === units[0]!.to && m.entries.every((e) => e.source === 'place' && e.attrs.kind === 'city');
}

function orgOrProgram(ctx: RecognizerContext, units: Unit[]): Candidate[] {
  const { lx } = ctx;
  const cs = content(units);
  if (!cs.length) return [];
  const text = chunkText(ctx, units);
  // Exact known forms (branches, generic bodies, gazetteer names) are the gazetteer recognizer's.
  const known = lx.names.longestAt(ctx.words, units[0]!.from);
  if (known && known.to >= units[units.length - 1]!.to) return [];
  // "Ministry of Defense of Russia": a country's body, attributed to the country by the gazetteer recognizer.
  if (known && known.entries.some((e) => e.source === 'generic' || e.source === 'branch' || e.source === 'armed-forces')) {
    const rest = units.filter((u) => u.from >= known.to);
    const tail = rest.filter((u) => !u.connector);
    if (rest[0]?.text === 'of' && tail.length === 1 && isCountryWord(ctx, tail[0]!)) return [];
  }
  if (cs.length >= 2 && (lx.demonyms.has(cs[0]!.text) || isCountryWord(ctx, cs[0]!))) {
    const rest = lx.names.longestAt(ctx.words, cs[1]!.from);
    if (rest && rest.to >= units[units.length - 1]!.to && rest.entries.some((e) => e.source === 'branch' || e.source === 'generic' || e.source === 'armed-forces')) return [];
  }
  const leader = lx.programLeaders.get(cs[0]!.text);
  if (leader && units.length >= 2) {
    const second = units[1]!;
    const nameStart = leader.complement.length ? units[units.findIndex((u, k) => k > 1 && !u.connector)] : second;
    const ok = (leader.complement.length ? second.connector && leader.complement.includes(second.text) : !second.connector)
      && !!nameStart && !lx.stopCapitals.has(nameStart.text);
    if (ok) return [named(ctx, units, 'PROGRAM', `entities.program.leader.${leader.id}`, 0.85, { kind: leader.kind })];
  }
  const lastContent = cs[cs.length - 1]!;
  if (cs.length >= 2 && lx.eventHeads.has(lastContent.text)) {
    // "NATO Bucharest Summit": a leading known organization stays; the rest names a meeting, not a place.
    const lead = lx.names.longestAt(ctx.words, units[0]!.from);
    const from = lead && lead.entries.some((e) => e.source === 'org') && lead.to < lastContent.from ? units.findIndex((u) => u.from >= lead.to) : 0;
    const rest = trim(ctx, units.slice(from));
    if (!rest.length) return [];
    return [{ ...named(ctx, rest, 'PROGRAM', 'entities.event-name', 0.5, {}), blocker: true }];
  }
  const head = lastHead(ctx, units);
  if (!head) return [];
  const span = units.slice(0, head.end);
  const spanContent = content(span);
  if (spanContent.length === 1 && !head.pair) return [];
  const mods = spanContent.slice(0, -1).map((u) => u.text);
  const headText = spanContent[spanContent.length - 1]!.text;
  const generic = mods.every((m) => lx.genericModifiers.has(m) || lx.orgHeads.has(m));
  // "Joint Staff of the Armed Forces": the body is named before its complement, so its head decides plurality.
  const ofAt = span.findIndex((u) => u.connector);
  const bodyHead = ofAt > 0 && lx.orgHeads.has(span[ofAt - 1]!.text) ? span[ofAt - 1]!.text : headText;
  if (generic && (/s$/.test(bodyHead) || head.pair && spanContent.length === 2)) return [];
  if (head.type === 'PROGRAM') {
    // "the Military Doctrine", "National Security Concept": capitalized inside a sentence, the document's own named text.
    if (generic && !(lx.namedGenericProgramHeads.has(headText) && spanContent.length >= 2 && !isSentenceInitial(ctx, span[0]!.from))) return [];
    return [named(ctx, span, 'PROGRAM', 'entities.program.head', 0.8, { kind: lx.programHeadKinds.get(headText) ?? 'program' })];
  }
  if (head.type === 'PLACE') return [named(ctx, span, 'PLACE', 'entities.place.head', 0.8, { kind: headText.toLowerCase() })];
  const attrs: Record<string, unknown> = { kind: 'organization' };
  const country = lx.demonyms.get(spanContent[0]!.text) || countryOf(ctx, spanContent[0]!);
  if (country) attrs.country = country;
  void text;
  return [named(ctx, span, 'ORG', 'entities.org.head', 0.8, attrs)];
}

function isSentenceInitial(ctx: RecognizerContext, i: number): boolean {
  const prev = ctx.words[i - 1];
  return !prev || prev.sentence !== ctx.words[i]!.sentence;
}

function isCountryWord(ctx: RecognizerContext, u: Unit): boolean {
  return !!countryOf(ctx, u);
}

function countryOf(ctx: RecognizerContext, u: Unit): string | null {
  const m = ctx.lx.names.longestAt(ctx.words, u.from);
  const e = m && m.to === u.to ? m.entries.find((x) => x.source === 'country') : undefined;
  return e ? (e.attrs.iso2 as string) : null;
}

/** The rightmost head word that can close the name; `end` is the unit index after the name. */
function lastHead(ctx: RecognizerContext, units: Unit[]): { end: number; type: 'ORG' | 'PROGRAM' | 'PLACE'; pair: boolean } | null {
  const { lx } = ctx;
  for (let k = units.length - 1; k >= 0; k--) {
    const u = units[k]!;
    if (u.connector) continue;
    const prev = k > 0 && !units[k - 1]!.connector ? `${units[k - 1]!.text} ${u.text}` : '';
    const isLast = k === units.length - 1;
    const next = units[k + 1];
    // "X of Russia" closes at X: the country is its own mention and the org's attribute.
    const ofCountry = !!next && next.text === 'of' && units.slice(k + 1).filter((x) => !x.connector).length === 1 && isCountryWord(ctx, units[units.length - 1]!);
    const complement = !ofCountry && !!next && next.connector && (next.text === 'of' || next.text === 'for' || next.text === 'on');
    if (prev && lx.orgHeadPairs.has(prev)) {
      if (isLast) return { end: k + 1, type: 'ORG', pair: true };
      if (complement) return { end: units.length, type: 'ORG', pair: true };
      if (ofCountry) return { end: k + 1, type: 'ORG', pair: true };
    }
    // "Kant Air Base", "Edelweiss Training Area": bases and facilities are places.
    if (prev && isLast && lx.placeHeadPairs.has(prev)) return { end: k + 1, type: 'PLACE', pair: true };
    if (lx.programHeads.has(u.text) && (isLast || ofCountry || (complement && lx.programHeadsComplement.has(u.text)))) {
      return { end: isLast || ofCountry ? k + 1 : units.length, type: 'PROGRAM', pair: false };
    }
    if (lx.orgHeads.has(u.text)) {
      if (isLast) return { end: k + 1, type: 'ORG', pair: false };
      if (complement && lx.orgHeadsComplement.has(u.text)) return { end: units.length, type: 'ORG', pair: false };
      return { end: k + 1, type: 'ORG', pair: false };
    }
    if (lx.placeHeads.has(u.text) && isLast) return { end: k + 1, type: 'PLACE', pair: false };
  }
  return null;
}

function named(ctx: RecognizerContext, units: Unit[], type: 'ORG' | 'PROGRAM' | 'PLACE', rule: string, confidence: number, attrs: Record<string, unknown>): Candidate {
  const name = chunkText(ctx, units);
  return {
    from: units[0]!.from, to: units[units.length - 1]!.to, type, ref: { kind: 'named', name },
    rule, confidence, priority: PRIORITY.chunk, attrs,
  };
}
