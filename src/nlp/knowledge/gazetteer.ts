import { z } from 'zod';
import { InvalidSchema } from '../../model/errors.ts';
import { readJsonFile } from '../../knowledge-files/read-json-file.ts';

/** A country: its name, the other names writers use, its capital and its adjectives (never entities by themselves). */
export const CountryEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  iso2: z.string().regex(/^[A-Z]{2}$/),
  capital: z.string(),
  capitalAliases: z.array(z.string()).default([]),
  demonyms: z.array(z.string()).default([]),
  aliases: z.array(z.string()).default([]),
  historical: z.boolean().optional(),
});
export type CountryEntry = z.infer<typeof CountryEntry>;

export const PlaceEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  country: z.string().optional(),
  demonyms: z.array(z.string()).default([]),
});
export type PlaceEntry = z.infer<typeof PlaceEntry>;

export const OrgEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.string().min(1),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  country: z.string().optional(),
  /** Capitalized generic words ("the Alliance") that name this org only when it is named elsewhere in the document. */
  contextAliases: z.array(z.string()).default([]),
});
export type OrgEntry = z.infer<typeof OrgEntry>;

export const ProgramEntry = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.string().min(1),
  acronym: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  sponsor: z.string().optional(),
  /** The name is a common word: it counts only when a year follows ("Center 2008"). */
  requiresYear: z.boolean().optional(),
});
export type ProgramEntry = z.infer<typeof ProgramEntry>;

const TitleGroup = z.object({ id: z.string().min(1), forms: z.array(z.string().min(1)).min(1), org: z.string().optional() });
export const Titles = z.object({
  ranks: z.array(TitleGroup),
  posts: z.array(TitleGroup),
  modifiers: z.array(z.string()),
  introducers: z.array(z.string()),
});
export type Titles = z.infer<typeof Titles>;

const GenericBody = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.string().min(1),
  /** The entity is named "<name> of <Country>" (two countries' ministries stay apart). */
  nameWithCountry: z.boolean().optional(),
  forms: z.array(z.string().min(1)).min(1),
});
export type GenericBody = z.infer<typeof GenericBody>;

export const OrgVocabulary = z.object({
  orgHeads: z.array(z.string()),
  orgHeadsAllowingComplement: z.array(z.string()),
  /** "<head> of <X>" names what "<X> <head>" names (lower case). */
  invertibleHeads: z.array(z.string().min(1)),
  programHeads: z.array(z.string()),
  programHeadsAllowingComplement: z.array(z.string()),
  programLeaders: z.array(z.string()),
  genericModifiers: z.array(z.string()),
  orgTailsLowercase: z.array(z.string()),
  placeTailsLowercase: z.array(z.string()),
  placeHeads: z.array(z.string()),
  genericBodies: z.array(GenericBody),
  armedForces: z.object({ id: z.string(), name: z.string(), forms: z.array(z.string()), countryForms: z.array(z.string()) }),
  branches: z.array(z.object({ id: z.string().min(1), forms: z.array(z.string().min(1)).min(1) })),
  unitAcronym: z.object({ minLength: z.number().int().positive(), suffixes: z.array(z.string()), prefixesExcluded: z.array(z.string()) }),
  connectors: z.array(z.string()),
  languages: z.array(z.string()),
  stopCapitals: z.array(z.string()),
  /** Number words that may open a name inside a sentence ("the Five Hills Training Center", "First Army"). */
  nameNumberWords: z.array(z.string()).default([]),
  namedGenericProgramHeads: z.array(z.string()).default([]),
  eventHeads: z.array(z.string()).default([]),
  placeOfCues: z.array(z.string()).default([]),
  exerciseCues: z.array(z.string()).default([]),
  /** Verbs that give an exercise its name ("dubbed Birlestik", "code-named Peace Mission"). */
  namingVerbs: z.array(z.string()).default([]),
  /** Top-level domains of websites a text cites as its sources ("uzdaily.com", "News.MN"). */
  websiteDomains: z.array(z.string().regex(/^[a-z]{2,6}$/)).default([]),
});
export type OrgVocabulary = z.infer<typeof OrgVocabulary>;

export const ProgramPatterns = z.object({
  leaders: z.array(z.object({ id: z.string(), word: z.string(), kind: z.string(), complement: z.array(z.string()) })),
  headKinds: z.record(z.string(), z.string()),
  /** `type` ORG for names of units ("201st motorized infantry division"); PROGRAM by default. */
  regexes: z.array(z.object({ id: z.string(), kind: z.string(), regex: z.string(), name: z.string(), type: z.enum(['PROGRAM', 'ORG']).default('PROGRAM') })),
});
export type ProgramPatterns = z.infer<typeof ProgramPatterns>;

export const PersonNames = z.object({
  givenNames: z.array(z.string()),
  familyFirstSurnames: z.array(z.string()),
  particles: z.array(z.string()),
  surnameEndings: z.array(z.string()),
  /** Short capitalized abbreviations glued to a name by a period that are no initial ("St.Petersburg"). */
  notInitials: z.array(z.string()).default([]),
});
export type PersonNames = z.infer<typeof PersonNames>;

/** Everything the entity recognizer knows by name: places, organizations, programs, titles and naming vocabulary. */
export interface Gazetteer {
  countries: CountryEntry[];
  places: PlaceEntry[];
  organizations: OrgEntry[];
  programs: ProgramEntry[];
  titles: Titles;
  vocabulary: OrgVocabulary;
  programPatterns: ProgramPatterns;
  personNames: PersonNames;
}

function checkUniqueIds(file: string, ids: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new InvalidSchema(`atlas: duplicate id "${id}" in ${file}`);
    seen.add(id);
  }
}

function checkRegexes(file: string, sources: string[]): void {
  for (const src of sources) {
    try {
      new RegExp(src, 'u');
    } catch (e) {
      throw new InvalidSchema(`atlas: ${file}: invalid regex ${src}: ${(e as Error).message}`);
    }
  }
}

export function loadGazetteer(knowledgeDir: string, _schemaDir: string): Gazetteer {
  const countries = readJsonFile(`${knowledgeDir}/countries.json`, z.object({ countries: z.array(CountryEntry) })).countries;
  const places = readJsonFile(`${knowledgeDir}/places.json`, z.object({ places: z.array(PlaceEntry) })).places;
  const organizations = readJsonFile(`${knowledgeDir}/organizations.json`, z.object({ organizations: z.array(OrgEntry) })).organizations;
  const programs = readJsonFile(`${knowledgeDir}/programs.json`, z.object({ programs: z.array(ProgramEntry) })).programs;
  const titles = readJsonFile(`${knowledgeDir}/titles.json`, Titles);
  const vocabulary = readJsonFile(`${knowledgeDir}/org-vocabulary.json`, OrgVocabulary);
  const programPatterns = readJsonFile(`${knowledgeDir}/program-patterns.json`, ProgramPatterns);
  const personNames = readJsonFile(`${knowledgeDir}/person-names.json`, PersonNames);
  checkUniqueIds('countries.json + places.json + organizations.json + programs.json', [
    ...countries.map((c) => c.id), ...places.map((p) => p.id), ...organizations.map((o) => o.id), ...programs.map((p) => p.id),
  ]);
  checkRegexes('program-patterns.json', programPatterns.regexes.map((r) => r.regex));
  return { countries, places, organizations, programs, titles, vocabulary, programPatterns, personNames };
}
