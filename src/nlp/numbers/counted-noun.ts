import type { NounEntry } from './lexicon.ts';
import { phraseTail } from './phrase-tail.ts';
import { afterWord, type BindContext, DESIGNATION, nounEndingAt, readWord, type Word } from './words.ts';

/** What a figure counts, read from the words after it. */
export interface CountedNoun {
  /** The noun phrase as written ("main battle tanks", "MiG-29s", "surface-to-air missile (SAM) launchers"). */
  phrase: string;
  start: number;
  /** End of the phrase, past a trailing "(ACV)" acronym and a rate ("per year"). */
  end: number;
  kind: string | null;
  unit: string | null;
  entry: NounEntry | null;
  /** The EQUIPMENT (or other) entity named in the phrase. */
  entityKey: string | null;
  entityName: string | null;
  /** The head is a model designation ("40 MiG-29s"). */
  designation: boolean;
}

const MODIFIER_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'X']);
const MAX_WORDS = 7;

/** The noun phrase right after a figure; null when the figure stands alone ("110 have resigned"). */
export function countedNoun(ctx: BindContext, from: number, limit: number, proper = false): CountedNoun | null {
  const words = phraseWords(ctx, from, limit);
  if (!words.length) return null;
  return headOf(ctx, words, limit, proper);
}

/** The words after `from` that can belong to one noun phrase. */
export function phraseWords(ctx: BindContext, from: number, limit: number): Word[] {
  const { c } = ctx;
  const words: Word[] = [];
  let at = from;
  while (words.length < MAX_WORDS) {
    const w = readWord(ctx, at, limit);
    if (!w || gapBreaks(ctx.text, at, w)) break;
    if (w.paren) {
      // "(SAM)", "(ACVs)": an acronym glossing the words before it.
      if (!words.length || !/^[A-Z][A-Za-z0-9-]*$/.test(w.text)) break;
      words.push(w);
      at = afterWord(w);
      continue;
    }
    // "three other facilities", "20 more tanks": a word between the figure and the noun that is not part of it.
    if (!words.length && SKIPPED_FIRST.has(w.lower)) {
      at = w.end;
      continue;
    }
    // "two 25-mm machine guns", "one 40mm gun": a caliber between the figure and the weapon describes the weapon.
    const caliber = !words.length && /^\d/.test(w.text) ? CALIBER.exec(ctx.text.slice(w.start, w.start + 12)) : null;
    if (caliber) {
      at = w.start + caliber[0].length;
      continue;
    }
    // "600 US and Georgian troops": nationalities joined by "and" before the counted noun.
    if (w.lower === 'and' && words.length && words.every((x) => /^\p{Lu}/u.test(x.text)) && nextCapitalized(ctx, w.end, limit)) {
      words.push(w);
      at = w.end;
      continue;
    }
    // "60 pilots and navigators", "12 tanks and howitzers": two counted nouns of one kind share the figure.
    if (w.lower === 'and' && words.length && coordinatedNoun(ctx, words, w.end, limit)) {
      words.push(w);
      at = w.end;
      continue;
    }
    // "pieces of artillery", "units of military hardware": a lexicon noun that holds an "of".
    if (w.lower === 'of' && words.length && nounThroughOf(ctx, words[words.length - 1]!, w, limit)) {
      words.push(w);
      at = w.end;
      continue;
    }
    if (c.stops.has(w.lower)) break;
    const known = c.nouns.has(w.lower) || DESIGNATION.test(w.text) || ctx.mentionOver(w.start, w.end)?.entity.type === 'EQUIPMENT';
    if (!known && w.pos && !MODIFIER_POS.has(w.pos) && !wordBeforeNoun(ctx, w, limit, words.length === 0)) break;
    words.push(w);
    at = afterWord(w);
    // "within five days Russian troops": a span of time is counted on its own.
    if (words.length === 1 && isTimeSpan(c, w.lower)) break;
  }
  return words;
}

function coordinatedNoun(ctx: BindContext, words: Word[], at: number, limit: number): boolean {
  const before = nounEndingAt(words, words.length - 1, ctx.c)?.entry;
  if (!before || before.measure || before.time || before.kind === 'count') return false;
  const n = readWord(ctx, at, limit);
  const after = n && !n.paren ? ctx.c.nouns.get(n.lower) : undefined;
  return !!after && after.kind === before.kind && n!.lower === after.plural.toLowerCase();
}

/**
 * The lexicon has a noun made of the word before "of", "of" and the one or two words after it; or
 * the word before is a counter of machines ("pieces", "units", "items") and a machine noun follows
 * within a few modifiers ("24 pieces of essential equipment").
 */
function nounThroughOf(ctx: BindContext, before: Word, of: Word, limit: number): boolean {
  const n1 = readWord(ctx, of.end, limit);
  if (!n1 || n1.paren) return false;
  if (ctx.c.nouns.has(`${before.lower} of ${n1.lower}`)) return true;
  const n2 = readWord(ctx, n1.end, limit);
  if (n2 && !n2.paren && ctx.c.nouns.has(`${before.lower} of ${n1.lower} ${n2.lower}`)) return true;
  if (!ctx.c.machineCounters.has(before.lower)) return false;
  let w: Word | null = n1;
  for (let k = 0; w && !w.paren && k < 3; k++, w = readWord(ctx, w.end, limit)) {
    if (ctx.c.nouns.get(w.lower)?.kind === 'equipment') return true;
    if (w.pos !== 'ADJ' && w.pos !== 'NOUN' && w.pos !== 'VERB') return false;
  }
  return false;
}

const SKIPPED_FIRST = new Set(['other', 'more', 'additional', 'further', 'extra']);

function nextCapitalized(ctx: BindContext, at: number, limit: number): boolean {
  const n = readWord(ctx, at, limit);
  return !!n && !n.paren && /^\p{Lu}/u.test(n.text);
}

// "days", "years": a plural time unit right after the figure (a singular one may modify: "a three day exercise").
function isTimeSpan(c: BindContext['c'], w: string): boolean {
  for (const p of c.timeUnits.values()) if (p === w) return true;
  return false;
}

// Only spaces may separate the words of a phrase (a comma, dash or quote ends it).
function gapBreaks(text: string, at: number, w: Word): boolean {
  const gap = text.slice(at, w.paren ? w.start - 1 : w.start);
  return /[^ \t]/.test(gap);
}

/**
 * "trained personnel", "leased land": a participle that modifies the next word; "command launch units",
 * "fire control radars": a word the tagger read as a verb inside a compound that ends in a counted noun.
 */
function wordBeforeNoun(ctx: BindContext, w: Word, limit: number, first: boolean): boolean {
  if (w.pos !== 'VERB' || /\p{Lu}/u.test(w.text[0])) return false;
  const n = readWord(ctx, w.end, limit);
  if (!n || n.paren) return false;
  if (ctx.c.nouns.has(n.lower)) return true;
  return first && /(ed|ing)$/.test(w.lower) && n.pos === 'NOUN';
}

function headOf(ctx: BindContext, words: Word[], limit: number, proper: boolean): CountedNoun | null {
  const { c } = ctx;
  let head = -1;
  let entry: NounEntry | null = null;
  for (let k = 0; k < words.length; k++) {
    if (words[k].paren) continue;
    const m = nounEndingAt(words, k, c);
    if (m) {
      head = k;
      entry = m.entry;
    }
  }
  // "the state budget": a lexicon noun followed by another noun only modifies it.
  const lastWord = lastNoun(words, false);
  // "300 servicemen study abroad": a plural counted noun is no modifier; the tagger's noun after it is a verb.
  const pluralHead = !!entry && entry.plural !== entry.singular && words[head]?.lower === lastPart(entry.plural);
  if (head >= 0 && lastWord > head && !c.nouns.has(words[lastWord].lower) && !pluralHead) {
    head = -1;
    entry = null;
  }
  let designation = false;
  let entityKey: string | null = null;
  let entityName: string | null = null;
  let role: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const hit = ctx.mentionOver(words[k].start, words[k].end);
    const isModel = DESIGNATION.test(words[k].text) || hit?.entity.type === 'EQUIPMENT';
    if (!isModel || words[k].paren) continue;
    if (hit) {
      entityKey = hit.entity.key;
      entityName = hit.entity.name;
      const r = hit.entity.attributes.role;
      role = typeof r === 'string' ? r : null;
    }
    if (head < 0 || (head < k && entry?.kind !== 'equipment')) {
      head = k;
      entry = null;
      designation = true;
    }
  }
  let kind: string | null = entry?.kind ?? (designation ? 'equipment' : null);
  // "recruit 150,000 fighters": a noun with a second reading takes it when its sentence calls for it.
  const sense = entry ? c.senses.get(entry.singular.toLowerCase()) : undefined;
  if (sense && !designation && !entityKey && !words.some((w) => DESIGNATION.test(w.text))) {
    const around = sentenceAround(ctx.text, words[0].start, limit);
    if (sense.cues.test(around) && !sense.against.test(around)) kind = sense.kind;
  }
  if (head < 0) {
    const w = words[0];
    if (/^\p{Lu}/u.test(w.text) && c.demonymSuffixes.some((s) => w.lower.endsWith(s)) && !c.nouns.has(words[1]?.lower ?? '')) {
      head = 0;
      kind = 'personnel';
    } else {
      head = lastNoun(words, proper);
      if (head < 0 || looksLikeVerb(ctx, words, head, limit)) return null;
      kind = 'count';
    }
  }
  const headWord = words[head];
  const gloss = words[head + 1];
  const phraseEnd = gloss?.paren ? afterWord(gloss) : headWord.end;
  // "40 MiG-29s": the catalog's role of the model says what is counted ("aircraft").
  const modelUnit = designation ? (role ? c.roleUnits.get(role) ?? null : null) : null;
  let unit = entry ? unitOf(entry) : designation ? modelUnit : kind === 'personnel' ? headWord.text : headWord.lower;
  let end = phraseEnd;
  // "100 hours per year": a rate keeps its period in the unit.
  const rate = entry?.time ? rateAfter(ctx, phraseEnd, limit) : null;
  if (rate) {
    unit = `${unit} per ${rate.period}`;
    end = rate.end;
  }
  return {
    phrase: ctx.text.slice(words[0].start, phraseEnd),
    start: words[0].start, end, kind, unit, entry, entityKey, entityName, designation,
  };
}

/** The text of the sentence a figure stands in, up to `limit`, looking back no further than a sentence end. */
function sentenceAround(text: string, at: number, limit: number): string {
  const back = text.slice(Math.max(0, at - SENSE_REACH), at);
  const end = Math.max(back.lastIndexOf('. '), back.lastIndexOf('\n'));
  return back.slice(end + 1) + text.slice(at, limit);
}
const SENSE_REACH = 200;

const lastPart = (s: string) => s.toLowerCase().split(' ').pop() ?? '';

function lastNoun(words: Word[], proper: boolean): number {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (w.paren) continue;
    if (w.pos === 'NOUN' || (proper && w.pos === 'PROPN') || (w.pos === undefined && /\p{Ll}/u.test(w.text[0]))) return k;
  }
  return -1;
}

const OBJECT_START = new Set(['the', 'a', 'an', 'their', 'its', 'his', 'her', 'them', 'it', 'our', 'up', 'out', 'behind']);

// "23 left the armed forces": a lone unknown word followed by an object is the verb of an elided count.
function looksLikeVerb(ctx: BindContext, words: Word[], head: number, limit: number): boolean {
  if (head !== 0 || words.length !== 1) return false;
  const n = readWord(ctx, words[0].end, limit);
  return !!n && OBJECT_START.has(n.lower);
}

function unitOf(entry: NounEntry): string {
  const plural = entry.plural;
  return /^[A-Z]{2,}/.test(plural) ? plural : plural.toLowerCase();
}

function rateAfter(ctx: BindContext, at: number, limit: number): { period: string; end: number } | null {
  const r = readWord(ctx, at, limit);
  if (!r || !ctx.c.rateWords.has(r.lower)) return null;
  const p = readWord(ctx, r.end, limit);
  if (!p || !ctx.c.timeUnits.has(p.lower)) return null;
  return { period: p.lower, end: p.end };
}

const CALIBER = /^\d{1,3}(?:[.,]\d{1,2})?[ -]?mm\b/i;
const MODIFIER_STARTS = new Set(['of', 'from', 'in', 'at', 'with', 'for', 'through', 'who', 'that', 'which', 'under', 'to', 'on', 'near', 'along', 'outside', 'abroad', 'overseas', 'across', 'inside', 'within', 'as', 'among', 'aboard', 'against', 'into', 'between', 'throughout']);
const MAX_MODIFIER_WORDS = 8;

/**
 * What the text says right after the counted noun that tells which ones are meant: "of defense",
 * "educated in the United States", "who studied abroad", "from the Marshall Center". Runs to the next
 * punctuation or figure; null when nothing qualifies.
 */
export function postModifier(ctx: BindContext, at: number, limit: number): { text: string; start: number; end: number } | null {
  const first = readWord(ctx, at, limit);
  if (!first || first.paren || gapBreaks(ctx.text, at, first)) return null;
  // Only a participle tagged as an adjective: a finite verb ("instructors arrived in March") is not a modifier;
  // a present participle is ("the six countries making up the CSTO").
  const participle = (/(ed|en)$/.test(first.lower) && first.pos === 'ADJ') || (/ing$/.test(first.lower) && first.pos === 'VERB');
  if (!MODIFIER_STARTS.has(first.lower) && !participle) return null;
  // "the six countries making up the bloc failed": a verb after the modifier's noun is the sentence's own.
  let noun = false;
  const mainVerb = (w: Word) => {
    if (noun && (w.pos === 'VERB' || w.pos === 'AUX')) return true;
    noun ||= w.pos === 'NOUN' || w.pos === 'PROPN';
    return false;
  };
  const tail = phraseTail(ctx, first.end, limit, MAX_MODIFIER_WORDS, mainVerb);
  const end = tail.end ?? first.end;
  return tail.content ? { text: ctx.text.slice(first.start, end), start: first.start, end } : null;
}
