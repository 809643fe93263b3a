import type { Alias, Entity, Mention } from '../../model/facts.ts';
import type { Candidate } from './candidates.ts';
import { PRIORITY, selectCandidates } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { findChunks } from './chunks.ts';
import { classifyChunks } from './classify.ts';
import { recognizeKnownNames } from './recognize-gazetteer.ts';
import { recognizeDesignations } from './recognize-equipment.ts';
import { recognizeCountryForces, recognizeLowercaseTails, recognizeProgramPhrases, recognizeUnitAcronyms } from './recognize-patterns.ts';
import { findAcronymDefinitions, longFormCandidates } from './acronyms.ts';
import { attributedCountry, countryIso, focusCountry } from './attribution.ts';
import { draftFor } from './keys.ts';
import { isAcronymLike } from './tokens.ts';
import { surnameCandidates } from './surnames.ts';
import { recognizeWebsites } from './recognize-websites.ts';
import { recognizeInitialNames } from './recognize-initial-names.ts';
import { nestedBodies } from './nested-bodies.ts';
import { recognizeBylineAuthors, recognizeExerciseYears, recognizeNamedExercises, recognizePlaceOf } from './recognize-cues.ts';

export interface Recognized {
  entities: Map<string, Entity>;
  mentions: Mention[];
  focus: string | null;
}

/** Runs every recognizer, keeps the best non-overlapping spans and turns them into entities and mentions. */
export function recognize(ctx: RecognizerContext): Recognized {
  const chunks = findChunks(ctx);
  const defs = findAcronymDefinitions(ctx);
  const cands: Candidate[] = [
    ...recognizeKnownNames(ctx),
    ...recognizeDesignations(ctx),
    ...classifyChunks(ctx, chunks),
    ...recognizeLowercaseTails(ctx, chunks),
    ...recognizeUnitAcronyms(ctx),
    ...recognizeProgramPhrases(ctx),
    ...recognizeCountryForces(ctx),
    ...longFormCandidates(ctx, defs),
    ...recognizePlaceOf(ctx, chunks),
    ...recognizeExerciseYears(ctx, chunks),
    ...recognizeNamedExercises(ctx, chunks),
    ...recognizeBylineAuthors(ctx),
    ...recognizeWebsites(ctx),
    ...recognizeInitialNames(ctx),
  ];
  let selected = selectCandidates(cands, ctx.words.length).filter((c) => !c.blocker);
  const focus = focusCountry(selected, ctx);

  // Acronyms the text defines name the same thing as their long form everywhere in the document.
  const extra: Candidate[] = [];
  const covered = coverage(selected, ctx.words.length);
  const byEnd = new Map<number, Candidate>();
  for (const c of selected) byEnd.set(c.to, c);
  const bound = new Map<string, Candidate>();
  for (const d of defs) {
    const c = byEnd.get(d.longTo);
    if (!c || c.from < d.longFrom - 3 || bound.has(d.acronym)) continue;
    if (c.type === 'PLACE' || c.type === 'PERSON') continue;
    // "University of Kent (UK)": a known place in parentheses locates the long form, it does not abbreviate it.
    if (selected.some((x) => x.from === d.at && x.type === 'PLACE')) continue;
    bound.set(d.acronym, c);
    (c.extraAliases ??= []).push({ alias: d.acronym, kind: 'acronym' });
  }
  if (bound.size) {
    for (const w of ctx.words) {
      if (covered[w.i] || !isAcronymLike(w)) continue;
      const c = bound.get(w.text) ?? (w.text.endsWith('s') ? bound.get(w.text.slice(0, -1)) : undefined);
      if (!c) continue;
      extra.push({ ...c, from: w.i, to: w.i + 1, rule: 'entities.acronym.defined', confidence: 0.85, priority: PRIORITY.pairing, extraAliases: [], surface: w.text.replace(/s$/, '') === w.text ? w.text : w.text });
    }
  }
  selected = [...selected, ...extra];
  const covered2 = coverage(selected, ctx.words.length);
  selected = [...selected, ...surnameCandidates(ctx, selected, covered2), ...nestedBodies(ctx, chunks, selected, cands)].sort((a, b) => a.from - b.from);

  return materialize(ctx, selected, focus);
}

/** How many sentences on a bare "the Defence Ministry" still means the country's ministry named just before. */
const BODY_REACH = 6;

function coverage(cands: Candidate[], n: number): Uint8Array {
  const cov = new Uint8Array(n);
  for (const c of cands) for (let i = c.from; i < c.to; i++) cov[i] = 1;
  return cov;
}

function materialize(ctx: RecognizerContext, selected: Candidate[], focus: string | null): Recognized {
  const { words, text, lx } = ctx;
  const entities = new Map<string, Entity>();
  const mentions: Mention[] = [];
  const endsAt = new Map<number, Candidate>();
  const startsAt = new Map<number, Candidate>();
  for (const c of selected) {
    endsAt.set(c.to - 1, c);
    startsAt.set(c.from, c);
  }
  const counts = new Map<string, number>();
  const contextual: Mention[] = [];
  let prevAttr: { c: Candidate; iso: string } | null = null;
  const recentBody = new Map<string, { iso: string; sentence: number }>();
  for (const c of selected) {
    let attr = attributedCountry(ctx, c, endsAt, startsAt);
    // "Russia's MoD, FSB, SVR, and Emergencies Ministry": a possessive carries along a list of bodies.
    if (!attr && prevAttr && c.type === 'ORG' && isListContinuation(ctx, prevAttr.c, c)) {
      if (isCountryBound(c)) attr = { iso: prevAttr.iso, via: 'list' };
      prevAttr = { c, iso: prevAttr.iso };
    } else prevAttr = attr?.via === 'possessive' && c.type === 'ORG' ? { c, iso: attr.iso } : null;
    // "US armed forces", "Kazakhstan defense ministry": a country's name right before a body every country has.
    if (!attr && isCountryBound(c)) {
      const country = endsAt.get(c.from - 1);
      const iso = countryIso(country);
      if (iso && country) {
        attr = { iso, via: 'modifier' };
        (c.extraAliases ??= []).push({ alias: text.slice(words[country.from]!.start, words[c.to - 1]!.end), kind: 'name' });
      }
    }
    // "the Russian Defence Ministry said ... The Defence Ministry added": a bare body just after a country's own is that one.
    const bodyId = isCountryBound(c) && c.ref.kind === 'known' ? c.ref.payload.id : null;
    if (bodyId && !attr && c.country === undefined) {
      const recent = recentBody.get(bodyId);
      if (recent && words[c.from]!.sentence - recent.sentence <= BODY_REACH) c.country = recent.iso;
    }
    if (bodyId && attr) recentBody.set(bodyId, { iso: attr.iso, sentence: words[c.from]!.sentence });
    if (attr && c.country === undefined) c.country = attr.iso;
    // A nationality adjective is no entity: "Russian Air Force" is one span.
    if (attr?.via === 'demonym' && isCountryBound(c)) c.from -= 1;
    const start = words[c.from]!.start;
    const end = words[c.to - 1]!.end;
    const quote = text.slice(start, end);
    const draft = draftFor(c, lx, focus, c.surface ?? quote);
    let e = entities.get(draft.key);
    if (!e) {
      // Copied as before: the resolve step reads these attributes, and reading the uncopied objects measured slower there.
      e = { key: draft.key, type: c.type, name: draft.name, aliases: [], attributes: { ...draft.attrs() }, source: draft.source };
      if (draft.fixedName) e.attributes.fixedName = true;
      entities.set(draft.key, e);
    } else if (c.type === 'PERSON' && Array.isArray(c.attrs.titles)) {
      const titles = new Set([...((e.attributes.titles as string[]) ?? []), ...(c.attrs.titles as string[])]);
      e.attributes.titles = [...titles];
      if (c.attrs.postOrgs) e.attributes.postOrgs = c.attrs.postOrgs;
    }
    if (c.attrs.country && !e.attributes.country) e.attributes.country = c.attrs.country;
    if (c.country && !e.attributes.country && c.type === 'ORG') e.attributes.country = c.country;
    const surface = c.surface ?? quote;
    // Bare generic words ("forces", "the military") are not names of the country's armed forces.
    // "Russia's MoD" is not called plain "MoD": that is the main country's ministry.
    const bare = isCountryBound(c) && (/^\p{Ll}/u.test(surface) || (!!attr && attr.via !== 'demonym' && aliasKindOf(c, surface) === 'acronym'));
    if (!bare) addAlias(e, surface, aliasKindOf(c, quote));
    if (c.surface && c.surface !== quote) addAlias(e, quote, 'plural');
    if (attr?.via === 'possessive' && c.type !== 'PERSON' && words[c.from - 1]?.kind === 'poss') {
      addAlias(e, text.slice(words[c.from - 2]!.start, end), 'possessive');
    }
    // "State Border Service of Azerbaijan": the text's own fuller form is a name of the body too.
    if (attr?.via === 'of' && (c.type === 'ORG' || c.type === 'PROGRAM')) {
      const k = words[c.to + 1]?.lower === 'the' ? c.to + 2 : c.to + 1;
      const country = startsAt.get(k);
      if (country) addAlias(e, text.slice(start, words[country.to - 1]!.end), 'name');
    }
    // "the U.S. Embassy in the Kyrgyz Republic": the embassy's full name holds where it is.
    if (c.type === 'ORG' && words[c.to - 1]?.lower === 'embassy' && words[c.to]?.lower === 'in') {
      const place = startsAt.get(words[c.to + 1]?.lower === 'the' ? c.to + 2 : c.to + 1);
      if (place?.type === 'PLACE') addAlias(e, text.slice(start, words[place.to - 1]!.end), 'name');
    }
    for (const a of c.extraAliases ?? []) addAlias(e, a.alias, a.kind);
    const m: Mention = { start, end, quote, sentence: words[c.from]!.sentence, rule: c.rule, confidence: c.confidence, entityKey: draft.key };
    const isContextual = c.ref.kind === 'known' && c.ref.payload.contextual;
    if (isContextual) e.aliases = e.aliases.map((a) => (a.alias === surface ? { ...a, kind: 'short' } : a));
    if (isContextual) contextual.push(m);
    else {
      mentions.push(m);
      counts.set(draft.key, (counts.get(draft.key) ?? 0) + 1);
    }
  }
  // "the Alliance" names NATO only in a document that names NATO otherwise.
  for (const m of contextual) if (counts.has(m.entityKey)) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start);
  for (const [k, e] of entities) {
    if (!counts.has(k)) {
      entities.delete(k);
      continue;
    }
    e.aliases = e.aliases.filter((a) => a.alias !== e.name);
  }
  return { entities, mentions, focus };
}

/** Things every country has one of: its ministries, general staff, branches, armed forces. */
function isCountryBound(c: Candidate): boolean {
  return c.ref.kind === 'known' && (c.ref.payload.source === 'generic' || c.ref.payload.source === 'branch' || c.ref.payload.source === 'armed-forces');
}

/** Only a comma and/or "and" stand between two candidates. */
function isListContinuation(ctx: RecognizerContext, a: Candidate, b: Candidate): boolean {
  const between = ctx.words.slice(a.to, b.from).map((w) => w.text);
  return between.length > 0 && between.length <= 2 && between.every((t) => t === ',' || t === 'and');
}

function aliasKindOf(c: Candidate, quote: string): Alias['kind'] {
  if (quote.length <= 10 && /^[\p{Lu}][\p{Lu}a-z]*[\p{Lu}]s?$/u.test(quote) && !/\s/.test(quote)) return 'acronym';
  if (c.ref.kind === 'known') return 'gazetteer';
  return 'name';
}

export function addAlias(e: Entity, alias: string, kind: Alias['kind']): void {
  const a = alias.trim();
  if (!a || e.aliases.some((x) => x.alias === a)) return;
  e.aliases.push({ alias: a, kind });
}
