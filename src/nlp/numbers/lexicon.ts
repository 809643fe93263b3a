import { escapeRe } from '../dates/alternation.ts';
import type { Qualifier } from '../../model/facts.ts';
import type { NumberLexicon } from '../knowledge/numbers.ts';

/** A counted noun the kinds file knows: its kind and its singular and plural forms. */
export interface NounEntry {
  kind: string;
  singular: string;
  plural: string;
  measure: boolean;
  time: boolean;
}

/** A phrase of lower-case words mapped to a value, matched word by word. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** numbers.json and quantity-kinds.json compiled into lookup tables, once per loaded lexicon. */
export interface CompiledNumbers {
  units: Map<string, number>;
  tens: Map<string, number>;
  scales: Map<string, number>;
  scaleAbbreviations: Map<string, number>;
  collectives: Map<string, number>;
  vague: Set<string>;
  ordinals: Set<string>;
  fractions: Map<string, number>;
  qualifiers: Phrase<Qualifier>[];
  postQualifiers: Phrase<Qualifier>[];
  /** Longest symbol first, so "US$" wins over "$". */
  currencySymbols: [string, string][];
  currencyCodes: Map<string, string>;
  currencyWords: Phrase<string>[];
  percentWords: Phrase<true>[];
  foldWords: Set<string>;
  years: { min: number; max: number };
  months: Set<string>;
  furniture: Set<string>;
  pageWords: Set<string>;
  clockWords: Set<string>;
  /** Lower-case noun phrase (singular or plural, hyphens as spaces) -> entry. */
  nouns: Map<string, NounEntry>;
  nounMaxWords: number;
  /** Singular time unit -> plural ("year" -> "years"). */
  timeUnits: Map<string, string>;
  demonymSuffixes: string[];
  personnelCompounds: Set<string>;
  /** Equipment role in the catalog ("fighter") -> unit counted ("aircraft"). */
  roleUnits: Map<string, string>;
  strengthCues: Phrase<true>[];
  labelNouns: Set<string>;
  ageCues: Phrase<true>[];
  /** The nouns of the group cues ("contingent", "army"): a figure after "<group> of" counts members of it. */
  groupNouns: Set<string>;
  machineCounters: Set<string>;
  /** Lower-case singular noun -> its second reading and the words that call for it. */
  senses: Map<string, { kind: string; cues: RegExp; against: RegExp }>;
  rateWords: Set<string>;
  containerNouns: Set<string>;
  /** "The service ..." opening a sentence: the head word in group 1 (see HolderFinder.definite). */
  definiteOpening: RegExp;
  /** "with about" right before a figure: those taking part (see HolderFinder.exerciseAt). */
  participationBefore: RegExp;
  stops: Set<string>;
  statuses: Phrase<string>[];
  /** Lower-case money nouns (singular phrases, plural derived) -> the phrase as listed. */
  moneyNouns: Set<string>;
  moneyNounMaxWords: number;
  moneyVerbs: Map<string, string>;
  /** A verb form -> the participle phrase that tells the counted ones by it ("sent" -> "sent by"). */
  objectVerbs: Map<string, string>;
  /** Singular and plural forms of nouns counted by the argument ("trends", "reasons"). */
  discourseNouns: Set<string>;
  relativeTimeWords: Set<string>;
  groupCues: Phrase<true>[];
  /** Finds a digit or any word a figure can start with: sentences without one are not read further. */
  candidate: RegExp;
}

const cache = new WeakMap<NumberLexicon, CompiledNumbers>();

export function compileNumbers(lex: NumberLexicon): CompiledNumbers {
  let c = cache.get(lex);
  if (!c) {
    c = build(lex);
    cache.set(lex, c);
  }
  return c;
}

/** Regular English plural of a noun, as the kinds file assumes it. */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/i.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(noun)) return noun + 'es';
  return noun + 's';
}

export function splitWords(s: string): string[] {
  return s.toLowerCase().replace(/[-‐‑–]/g, ' ').split(/\s+/).filter(Boolean);
}

function phrases<T>(entries: [string, T][]): Phrase<T>[] {
  return entries
    .map(([k, v]) => ({ words: splitWords(k), value: v }))
    .sort((a, b) => b.words.length - a.words.length);
}

const wordsRe = (list: string[]) => (list.length ? new RegExp(`\\b(?:${list.map(escapeRe).join('|')})\\b`, 'i') : /(?!)/);
const lowerMap = (r: Record<string, number>) => new Map(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]));

function build(lex: NumberLexicon): CompiledNumbers {
  const w = lex.words;
  const nouns = new Map<string, NounEntry>();
  let nounMaxWords = 1;
  const timeUnits = new Map<string, string>();
  let demonymSuffixes: string[] = [];
  for (const kind of lex.kinds.kinds) {
    const measures = new Set((kind.measureUnits ?? []).map((m) => m.split('|')[0].toLowerCase()));
    const times = new Set((kind.timeUnits ?? []).map((m) => m.split('|')[0].toLowerCase()));
    const add = (spec: string, asMeasure = false) => {
      const [singular, explicitPlural] = spec.split('|');
      const plural = explicitPlural ?? pluralOf(singular);
      const s = singular.toLowerCase();
      const entry: NounEntry = {
        kind: kind.id, singular, plural,
        measure: asMeasure || measures.has(s), time: times.has(s),
      };
      for (const form of [singular, plural]) {
        const key = splitWords(form).join(' ');
        if (!nouns.has(key)) nouns.set(key, entry);
        nounMaxWords = Math.max(nounMaxWords, key.split(' ').length);
      }
    };
    kind.nouns.forEach((n) => add(n));
    (kind.measureUnits ?? []).forEach((n) => add(n, true));
    for (const t of kind.timeUnits ?? []) {
      const [s, p] = t.split('|');
      timeUnits.set(s.toLowerCase(), (p ?? pluralOf(s)).toLowerCase());
      add(t);
    }
    if (kind.demonymSuffixes) demonymSuffixes = kind.demonymSuffixes;
  }
  const cur = w.currencies;
  const codes = new Map(cur.codes.map((c) => [c, cur.codeAliases[c] ?? c]));
  const personnel = lex.kinds.compoundKinds.personnel;
  return {
    units: lowerMap(w.units),
    tens: lowerMap(w.tens),
    scales: lowerMap(w.scales),
    scaleAbbreviations: new Map(Object.entries(w.scaleAbbreviations)),
    collectives: lowerMap(w.collectives),
    vague: new Set(w.vague),
    ordinals: new Set(w.ordinals),
    fractions: lowerMap(w.fractions),
    qualifiers: phrases(Object.entries(w.qualifiers)),
    postQualifiers: phrases(Object.entries(w.postQualifiers)),
    currencySymbols: Object.entries(cur.symbols).sort((a, b) => b[0].length - a[0].length),
    currencyCodes: codes,
    currencyWords: phrases(Object.entries(cur.words)),
    percentWords: phrases(w.percentWords.filter((p) => /\w/.test(p)).map((p) => [p, true as const])),
    foldWords: new Set(w.foldWords),
    years: w.years,
    months: new Set(w.months),
    furniture: new Set(w.furniture),
    pageWords: new Set(w.pageWords),
    clockWords: new Set(w.clockWords),
    nouns,
    nounMaxWords,
    timeUnits,
    demonymSuffixes,
    personnelCompounds: new Set(Array.isArray(personnel) ? personnel : []),
    roleUnits: new Map(Object.entries(lex.kinds.equipmentRoleUnits).filter(([k]) => !k.startsWith('$'))),
    strengthCues: phrases(lex.kinds.strengthCues.map((s) => [s, true as const])),
    labelNouns: new Set(lex.kinds.labelNouns.map((w) => w.toLowerCase())),
    ageCues: phrases(lex.kinds.ageCues.map((s) => [s, true as const])),
    groupNouns: new Set(lex.kinds.groupCues.map((g) => g.replace(/\s+of$/i, '').toLowerCase())),
    machineCounters: new Set(lex.kinds.machineCounters.map((w) => w.toLowerCase())),
    senses: new Map(lex.kinds.senses.map((s) => [s.noun.toLowerCase(), { kind: s.kind, cues: wordsRe(s.cues), against: wordsRe(s.against) }])),
    rateWords: new Set(lex.kinds.rateWords),
    containerNouns: new Set(lex.kinds.containerNouns),
    definiteOpening: new RegExp(`^\\s*The\\s+(${alternatives(lex.kinds.definiteBodyNouns)})\\b(?!\\s+of\\b)`),
    // The approximators are the ones analysts put before a head count.
    participationBefore: new RegExp(`\\b(?:${alternatives(lex.kinds.participationCues)})\\s+(?:(?:some|about|around|over|nearly|roughly|approximately|almost|up to|more than|as many as|a total of)\\s+)?$`, 'i'),
    stops: new Set(lex.kinds.nounPhraseStops),
    statuses: phrases(Object.entries(lex.kinds.statuses)),
    ...moneyNounsOf(lex.kinds.moneyNouns),
    moneyVerbs: new Map(Object.entries(lex.kinds.moneyVerbs)),
    objectVerbs: new Map(Object.entries(lex.kinds.objectVerbs).flatMap(([phrase, forms]) => forms.map((f) => [f.toLowerCase(), phrase] as const))),
    discourseNouns: formsOf(lex.kinds.discourseNouns),
    relativeTimeWords: new Set(lex.kinds.relativeTimeWords),
    groupCues: phrases(lex.kinds.groupCues.map((s) => [s, true as const])),
    candidate: candidateRegex([w.units, w.tens, w.collectives, w.fractions, w.scales].flatMap((m) => Object.keys(m))),
  };
}

/** Singular and plural of each "singular|plural" spec, lower case, hyphens as spaces. */
function formsOf(specs: string[]): Set<string> {
  const out = new Set<string>();
  for (const spec of specs) {
    const [s, p] = spec.split('|');
    out.add(splitWords(s).join(' '));
    out.add(splitWords(p ?? pluralOf(s)).join(' '));
  }
  return out;
}

function moneyNounsOf(specs: string[]): { moneyNouns: Set<string>; moneyNounMaxWords: number } {
  const moneyNouns = formsOf(specs);
  let moneyNounMaxWords = 1;
  for (const n of moneyNouns) moneyNounMaxWords = Math.max(moneyNounMaxWords, n.split(' ').length);
  return { moneyNouns, moneyNounMaxWords };
}

/** Longest phrase whose words equal `words` starting at `from` (lower case); null if none. */
export function matchPhraseAt<T>(list: Phrase<T>[], words: readonly string[], from: number): Phrase<T> | null {
  for (const p of list) {
    if (from + p.words.length > words.length) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = words[from + k] === p.words[k];
    if (ok) return p;
  }
  return null;
}

/** Longest phrase whose words end exactly at index `end` (exclusive) of `words`. */
export function matchPhraseBefore<T>(list: Phrase<T>[], words: readonly string[], end: number): Phrase<T> | null {
  for (const p of list) {
    const from = end - p.words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = words[from + k] === p.words[k];
    if (ok) return p;
  }
  return null;
}

function candidateRegex(words: string[]): RegExp {
  const alts = [...new Set(words.map((x) => x.toLowerCase()))].sort((a, b) => b.length - a.length)
    .map(escapeLiteral);
  // A number word may also open a compound ("threefold", "one-third").
  return new RegExp(`\\d|\\b(?:${alts.join('|')})`, 'i');
}

const escapeLiteral = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Listed words or phrases as one regex alternation, in their listed order ("(?!)" when none). */
const alternatives = (list: readonly string[]) => (list.length ? list.map(escapeLiteral).join('|') : '(?!)');
