import type { Knowledge } from '../knowledge/knowledge.ts';
import type { CountryEntry, GenericBody } from '../knowledge/gazetteer.ts';
import type { EquipmentItem } from '../knowledge/equipment.ts';
import { TokenTrie } from './trie.ts';
import { nameTokens } from './tokens.ts';
import { designationKey, compileDesignations, type CompiledDesignations } from './designations.ts';
import { compilePhraseRegex, type PhraseRegex } from './phrase-regex.ts';

export type EntityType = 'PERSON' | 'ORG' | 'PLACE' | 'EQUIPMENT' | 'PROGRAM';

/** What a known name stands for. */
export interface NamePayload {
  type: EntityType;
  /** gazetteer entity key (gz:<id>) or, for generic bodies and branches, the generic id. */
  id: string;
  source: 'country' | 'place' | 'org' | 'program' | 'equipment' | 'generic' | 'branch' | 'armed-forces';
  /** The knowledge file's name for it. */
  canonical: string;
  attrs: Record<string, unknown>;
  /** Counts only when the same thing is named another way in the document ("the Alliance"). */
  contextual?: boolean;
  /** Counts only with a year after it ("Center 2008"). */
  requiresYear?: boolean;
  /** The last word may carry a plural s ("BMPs", "Special Forces"). */
  pluralOk?: boolean;
  /** This form is an acronym of the thing. */
  acronym?: boolean;
}

export interface TitlePayload {
  id: string;
  form: string;
  kind: 'rank' | 'post' | 'modifier';
  org?: string;
}

/** Knowledge compiled once per Knowledge object for fast matching. */
export interface Lexicon {
  names: TokenTrie<NamePayload>;
  titles: TokenTrie<TitlePayload>;
  countriesByIso: Map<string, CountryEntry>;
  /** Nationality/region adjective as written -> ISO2 of the country (or '' for a region adjective). */
  demonyms: Map<string, string>;
  genericBodies: Map<string, GenericBody>;
  branchForms: Map<string, string>;
  orgHeads: Set<string>;
  orgHeadPairs: Set<string>;
  orgHeadsComplement: Set<string>;
  programHeads: Set<string>;
  programHeadsComplement: Set<string>;
  /** Program heads that name a text even after generic words only, when capitalized ("Military Doctrine"). */
  namedGenericProgramHeads: Set<string>;
  /** Capitalized heads of events ("Bucharest Summit"): the name is no entity and its place word is not a mention. */
  eventHeads: Set<string>;
  /** Lower-case nouns before "of <Name>" that make Name a place ("the town of X"). */
  placeOfCues: Set<string>;
  /** Words that make a nearby "<Name> <year>" an exercise. */
  exerciseCues: Set<string>;
  namingVerbs: Set<string>;
  /** A website's name: a dotted name ending in a known top-level domain ("jahonnews.uz"). */
  website: RegExp;
  programLeaders: Map<string, { id: string; kind: string; complement: string[] }>;
  programHeadKinds: Map<string, string>;
  genericModifiers: Set<string>;
  connectors: Set<string>;
  stopCapitals: Set<string>;
  nameNumberWords: Set<string>;
  languages: Set<string>;
  givenNames: Set<string>;
  notInitials: Set<string>;
  familyFirst: Set<string>;
  particles: Set<string>;
  surnameEndings: string[];
  introducers: Set<string>;
  /** Title words written with a period: "Lt", "Gen", "Dr". */
  titleAbbreviations: Set<string>;
  orgTailsLower: string[][];
  placeTailsLower: string[][];
  placeHeads: Set<string>;
  /** Two-word place heads: "Air Base", "Training Area". */
  placeHeadPairs: Set<string>;
  unitSuffixes: string[];
  unitMinLength: number;
  armedForcesCountryForms: string[][];
  /** Lower-case forms of bodies every country has, written after the country ("U.S. government", "Russian defence ministry"). */
  countryBodyForms: { words: string[]; payload: NamePayload }[];
  equipmentById: Map<string, EquipmentItem>;
  equipmentByDesignation: Map<string, EquipmentItem>;
  designations: CompiledDesignations;
  programRegexes: { id: string; kind: string; re: PhraseRegex; name: string; type: 'PROGRAM' | 'ORG' }[];
}

const cache = new WeakMap<Knowledge, Lexicon>();

export function lexiconOf(kb: Knowledge): Lexicon {
  let lx = cache.get(kb);
  if (!lx) cache.set(kb, (lx = compile(kb)));
  return lx;
}

function compile(kb: Knowledge): Lexicon {
  const g = kb.gazetteer;
  const names = new TokenTrie<NamePayload>();
  const add = (form: string, p: NamePayload) => names.add(nameTokens(form), p);
  const countriesByIso = new Map<string, CountryEntry>();
  const demonyms = new Map<string, string>();
  const capitals = new Set<string>();

  for (const c of g.countries) {
    countriesByIso.set(c.iso2, c);
    const p: NamePayload = {
      type: 'PLACE', id: `gz:${c.id}`, source: 'country', canonical: c.name,
      attrs: { kind: 'country', iso2: c.iso2, country: c.iso2, capital: c.capital || null, historical: c.historical ?? false },
    };
    for (const f of [c.name, ...c.aliases]) add(f, { ...p, acronym: /^[A-Z.]+$/.test(f) });
    for (const d of c.demonyms) if (!demonyms.has(d)) demonyms.set(d, c.iso2);
    if (c.capital && !c.historical) {
      capitals.add(c.capital);
      const cp: NamePayload = {
        type: 'PLACE', id: `gz:city-${slugId(c.capital)}-${c.iso2.toLowerCase()}`, source: 'place', canonical: c.capital,
        attrs: { kind: 'city', country: c.iso2, capitalOf: c.iso2 },
      };
      for (const f of [c.capital, ...c.capitalAliases]) add(f, cp);
    }
  }
  for (const pl of g.places) {
    if (pl.kind === 'city' && capitals.has(pl.name)) continue;
    const p: NamePayload = {
      type: 'PLACE', id: `gz:${pl.id}`, source: 'place', canonical: pl.name,
      attrs: { kind: pl.kind, country: pl.country ?? null },
    };
    for (const f of [pl.name, ...pl.aliases]) add(f, p);
    for (const d of pl.demonyms) if (!demonyms.has(d)) demonyms.set(d, '');
  }
  for (const o of g.organizations) {
    const p: NamePayload = {
      type: 'ORG', id: `gz:${o.id}`, source: 'org', canonical: o.name,
      attrs: { kind: o.kind, country: o.country ?? null, acronym: o.acronym ?? null },
    };
    add(o.name, p);
    for (const f of o.aliases) add(f, p);
    if (o.acronym) add(o.acronym, { ...p, acronym: true });
    for (const f of o.contextAliases) add(f, { ...p, contextual: true });
  }
  for (const pr of g.programs) {
    const p: NamePayload = {
      type: 'PROGRAM', id: `gz:${pr.id}`, source: 'program', canonical: pr.name,
      attrs: { kind: pr.kind, sponsor: pr.sponsor ?? null, acronym: pr.acronym ?? null },
      ...(pr.requiresYear ? { requiresYear: true } : {}),
    };
    add(pr.name, { ...p, pluralOk: true });
    for (const f of pr.aliases) add(f, { ...p, pluralOk: true });
    if (pr.acronym) add(pr.acronym, { ...p, acronym: true });
  }
  const v = g.vocabulary;
  const genericBodies = new Map<string, GenericBody>();
  for (const b of v.genericBodies) {
    genericBodies.set(b.id, b);
    for (const f of b.forms) {
      add(f, { type: 'ORG', id: b.id, source: 'generic', canonical: b.name, attrs: { kind: b.kind }, acronym: /^[A-Z][A-Za-z]*[A-Z]$/.test(f) && !f.includes(' ') });
    }
  }
  const branchForms = new Map<string, string>();
  for (const b of v.branches) {
    for (const f of b.forms) {
      branchForms.set(f.toLowerCase(), b.id);
      add(f, { type: 'ORG', id: b.id, source: 'branch', canonical: b.forms[0]!, attrs: { kind: 'branch' }, pluralOk: true });
    }
  }
  for (const f of v.armedForces.forms) {
    add(f, { type: 'ORG', id: v.armedForces.id, source: 'armed-forces', canonical: v.armedForces.name, attrs: { kind: 'armed-forces' } });
  }
  const equipmentById = new Map<string, EquipmentItem>();
  const equipmentByDesignation = new Map<string, EquipmentItem>();
  for (const it of kb.equipment.items) {
    equipmentById.set(it.id, it);
    const p: NamePayload = {
      type: 'EQUIPMENT', id: `gz:${it.id}`, source: 'equipment', canonical: it.name,
      attrs: { role: it.role, origin: it.origin, family: it.family }, pluralOk: true,
    };
    for (const f of [it.name, ...it.aliases]) {
      // "2K11 Krug" is also found by its designation alone.
      for (const d of [f, f.split(' ')[0]!]) {
        const dk = designationKey(d);
        if (dk && !equipmentByDesignation.has(dk)) equipmentByDesignation.set(dk, it);
      }
      add(f, p);
    }
  }

  const titles = new TokenTrie<TitlePayload>();
  for (const r of g.titles.ranks) for (const f of r.forms) titles.add(nameTokens(f), { id: r.id, form: f, kind: 'rank' });
  for (const r of g.titles.posts) for (const f of r.forms) titles.add(nameTokens(f), { id: r.id, form: f, kind: 'post', ...(r.org ? { org: r.org } : {}) });
  for (const f of g.titles.modifiers) titles.add(nameTokens(f), { id: 'modifier', form: f, kind: 'modifier' });

  const heads = v.orgHeads;
  const pp = g.programPatterns;
  return {
    names, titles, countriesByIso, demonyms, genericBodies, branchForms,
    orgHeads: new Set(heads.filter((h) => !h.includes(' '))),
    orgHeadPairs: new Set(heads.filter((h) => h.includes(' '))),
    orgHeadsComplement: new Set(v.orgHeadsAllowingComplement),
    programHeads: new Set(v.programHeads.filter((h) => !h.includes(' '))),
    programHeadsComplement: new Set(v.programHeadsAllowingComplement),
    namedGenericProgramHeads: new Set(v.namedGenericProgramHeads),
    eventHeads: new Set(v.eventHeads),
    placeOfCues: new Set(v.placeOfCues),
    exerciseCues: new Set(v.exerciseCues),
    namingVerbs: new Set(v.namingVerbs),
    website: v.websiteDomains.length ? new RegExp(`(?<![\\w@./-])(?:[A-Za-z][A-Za-z0-9-]*\\.)+(?:${v.websiteDomains.join('|')})(?![\\w-]|\\.[A-Za-z])`, 'gi') : /(?!)/g,
    programLeaders: new Map(pp.leaders.map((l) => [l.word, { id: l.id, kind: l.kind, complement: l.complement }])),
    programHeadKinds: new Map(Object.entries(pp.headKinds)),
    genericModifiers: new Set(v.genericModifiers),
    connectors: new Set(v.connectors),
    stopCapitals: new Set(v.stopCapitals),
    nameNumberWords: new Set(v.nameNumberWords),
    languages: new Set(v.languages),
    givenNames: new Set(g.personNames.givenNames),
    notInitials: new Set(g.personNames.notInitials),
    familyFirst: new Set(g.personNames.familyFirstSurnames),
    particles: new Set(g.personNames.particles),
    surnameEndings: g.personNames.surnameEndings,
    introducers: new Set(g.titles.introducers),
    titleAbbreviations: new Set([...g.titles.ranks, ...g.titles.posts].flatMap((t) => t.forms).flatMap((f) => [...f.matchAll(/([A-Z][a-z]{0,4})\./g)].map((m) => m[1]!))),
    orgTailsLower: v.orgTailsLowercase.map((t) => t.split(' ')),
    placeTailsLower: v.placeTailsLowercase.map((t) => t.split(' ')).sort((a, b) => b.length - a.length),
    placeHeads: new Set(v.placeHeads.filter((h) => !h.includes(' '))),
    placeHeadPairs: new Set(v.placeHeads.filter((h) => h.split(' ').length === 2)),
    unitSuffixes: v.unitAcronym.suffixes,
    unitMinLength: v.unitAcronym.minLength,
    armedForcesCountryForms: v.armedForces.countryForms.map((f) => f.toLowerCase().split(' ')),
    countryBodyForms: v.genericBodies.flatMap((b): { words: string[]; payload: NamePayload }[] => b.forms
      // A body's own name ("government", "defence ministry"), not the people in it ("border guards") nor a parliament's name.
      .filter((f) => !/\bof\b/i.test(f) && /(?:^|\s)(?:government|ministry|staff|committee|council|service|administration)$/i.test(f))
      .map((f) => ({ words: f.toLowerCase().split(' '), payload: { type: 'ORG' as const, id: b.id, source: 'generic' as const, canonical: b.name, attrs: { kind: b.kind } } })))
      // "Russian airborne forces", "the Kazakh air force": a branch, in lower case, after its country.
      .concat(v.branches.flatMap((b) => b.forms.filter((f) => f.includes(' ') && !/\band\b|\bof\b/i.test(f))
        .map((f): { words: string[]; payload: NamePayload } => ({ words: f.toLowerCase().split(' '), payload: { type: 'ORG', id: b.id, source: 'branch', canonical: b.forms[0]!, attrs: { kind: 'branch' } } })))),
    equipmentById, equipmentByDesignation,
    designations: compileDesignations(kb.equipment.patterns),
    programRegexes: pp.regexes.map((r) => ({ id: r.id, kind: r.kind, re: compilePhraseRegex(r.regex, 'giu'), name: r.name, type: r.type })),
  };
}

export function slugId(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
