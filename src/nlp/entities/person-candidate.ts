import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { Unit } from './chunks.ts';
import { chunkText } from './chunks.ts';
import type { RecognizerContext } from './context.ts';
import { hasSurnameEnding, isInitial, isNameUnit, titleChainAt } from './names.ts';

/** Classifies the units before a title again; supplied by the chunk classifier. */
export type ClassifyRest = (units: Unit[]) => Candidate[];

/** A name after a rank or post ("Army General X"): the person, a blocker over the title words, and whatever precedes the title. */
export function personWithTitle(ctx: RecognizerContext, units: Unit[], classifyRest: ClassifyRest): Candidate[] | null {
  for (let k = 0; k < units.length; k++) {
    if (units[k]!.connector) continue;
    const chain = titleChainAt(ctx, units[k]!.from);
    if (!chain) continue;
    let e = units.findIndex((u) => u.from === chain.to);
    if (e < 0) continue;
    // "Deputy Minister of National Defense of the Republic of Türkiye Celal Sami Tüfekçi": the title's country, then the name.
    e = afterTitleOf(ctx, units, e);
    const name = units.slice(e);
    if (!name.length || name.length > 5 || !name.every((u) => isNameUnit(ctx, u) || isInitial(u))) continue;
    if (name[name.length - 1]!.connector) continue;
    const titles = chain.forms.filter((f) => f.kind !== 'modifier').map((f) => f.form);
    const titleText = ctx.text.slice(ctx.words[units[k]!.from]!.start, ctx.words[units[e]!.from - 1]!.end);
    const person = personCandidate(ctx, name, 'entities.person.title', 0.9, titles, titleText);
    const postOrgs = chain.forms.map((f) => f.org).filter((o): o is string => !!o);
    if (postOrgs.length) person.attrs.postOrgs = postOrgs;
    // The title words are no entity of their own ("Army" in "Army General X").
    const blocker: Candidate = { ...person, from: units[k]!.from, to: chain.to, ref: { kind: 'named', name: titleText }, blocker: true, rule: 'entities.person.title-words' };
    // The country of the title stays a place of its own.
    if (units[e]!.from > chain.to) return [person, blocker, ...classifyRest(units.slice(0, k)), ...classifyRest(units.slice(units.findIndex((u) => u.from >= chain.to), e))];
    return [person, blocker, ...classifyRest(units.slice(0, k))];
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

/** Two to five name-like units without a title, accepted on a given name, an initial, an appositive post, an introducer or a surname shape. */
export function plainPerson(ctx: RecognizerContext, units: Unit[]): Candidate[] {
  const { lx, words } = ctx;
  if (units.length < 2 || units.length > 5) return [];
  // "Forces in the Transcaucasus Andrei Popov": a name that opens on a given name after the chunk's first word.
  const given = units.findIndex((u, k) => k > 0 && k < units.length - 1 && lx.givenNames.has(u.text));
  if (given > 0 && !lx.givenNames.has(units[0]!.text) && units.slice(given).every((u) => isNameUnit(ctx, u) || isInitial(u))) {
    return [personCandidate(ctx, units.slice(given), 'entities.person.given-name', 0.8)];
  }
  if (!units.every((u, k) => isNameUnit(ctx, u) || isInitial(u) || (k === 0 && cityGivenName(ctx, units)) || (k > 0 && namesake(ctx, units, u)))) return [];
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
  // "the Turkish Ambassador to Kazakhstan, Atilla Gunay, met ...": a post, a comma, then the name.
  if (words[units[0]!.from - 1]?.text === ',' && units.every((u) => ctx.posAt.get(words[u.from]!.start) === 'PROPN' && !lx.orgHeads.has(u.text) && !titleChainAt(ctx, u.from))
    && titleBefore(ctx, units[0]!.from - 1)) return [personCandidate(ctx, units, 'entities.person.title-appositive', 0.75)];
  let b = units[0]!.from - 1;
  if (words[b]?.text === ',') b--;
  const before = words[b];
  if (before && !before.cap && lx.introducers.has(before.lower)) return [personCandidate(ctx, units, 'entities.person.introducer', 0.75)];
  if (hasSurnameEnding(ctx, last.text) && units.length <= 3 && units.every((u) => u.connector || ctx.posAt.get(words[u.from]!.start) === 'PROPN')) return [personCandidate(ctx, units, 'entities.person.surname-shape', 0.7)];
  return [];
}

// "Selcuk Bayraktar", "Mikhail Kalashnikov": after a given name, a maker's or a weapon's one-word name is a surname.
function namesake(ctx: RecognizerContext, units: Unit[], u: Unit): boolean {
  if (!ctx.lx.givenNames.has(units[0]!.text) || u.connector || u.to - u.from !== 1) return false;
  const w = ctx.words[u.from]!;
  if (w.kind !== 'word' || !w.cap || w.upper) return false;
  const m = ctx.lx.names.longestAt(ctx.words, u.from);
  return !!m && m.to === u.to && m.entries.every((e) => e.source === 'equipment' || (e.source === 'org' && e.attrs.kind === 'company'));
}

// "Kabul Berdiev": a city name used as a given name, followed by one surname-shaped word.
function cityGivenName(ctx: RecognizerContext, units: Unit[]): boolean {
  if (units.length !== 2 || units[1]!.connector || !isNameUnit(ctx, units[1]!)) return false;
  if (!hasSurnameEnding(ctx, units[1]!.text)) return false;
  const m = ctx.lx.names.longestAt(ctx.words, units[0]!.from);
  return !!m && m.to === units[0]!.to && m.entries.every((e) => e.source === 'place' && e.attrs.kind === 'city');
}

/** How far before the comma a post's title may begin ("Foreign Minister", "Ambassador to Kazakhstan"). */
const TITLE_REACH = 5;

/** A title chain begins in the few words before `comma` (an index of the comma word) and nothing but words lie between. */
function titleBefore(ctx: RecognizerContext, comma: number): boolean {
  const { words } = ctx;
  for (let k = comma - 1; k >= 0 && comma - k <= TITLE_REACH; k--) {
    const w = words[k]!;
    if (w.kind !== 'word' && w.kind !== 'abbr') return false;
    const chain = titleChainAt(ctx, k);
    if (chain && chain.to <= comma) return true;
  }
  return false;
}

/** Past "of (the) <known place or body>" right after a title, when a name follows it; else `e` unchanged. */
function afterTitleOf(ctx: RecognizerContext, units: Unit[], e: number): number {
  if (!units[e]?.connector || units[e]!.text !== 'of') return e;
  let k = e + 1;
  if (units[k]?.connector && units[k]!.text === 'the') k++;
  const start = units[k];
  if (!start || start.connector) return e;
  const known = ctx.lx.names.longestAt(ctx.words, start.from);
  if (!known || !known.entries.some((x) => x.type === 'PLACE' || x.type === 'ORG')) return e;
  const next = units.findIndex((u) => u.from === known.to);
  return next > k && next < units.length && !units[next]!.connector ? next : e;
}
