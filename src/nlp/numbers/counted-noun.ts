import type { NounEntry } from './lexicon.ts';
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
export function countedNoun(ctx: BindContext, from: number, limit: number): CountedNoun | null {
  const words = phraseWords(ctx, from, limit);
  if (!words.length) return null;
  return headOf(ctx, words, limit);
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
    if (c.stops.has(w.lower)) break;
    const known = c.nouns.has(w.lower) || DESIGNATION.test(w.text) || ctx.mentionOver(w.start, w.end)?.entity.type === 'EQUIPMENT';
    if (!known && w.pos && !MODIFIER_POS.has(w.pos) && !participleBeforeNoun(ctx, w, limit)) break;
    words.push(w);
    at = afterWord(w);
  }
  return words;
}

// Only spaces may separate the words of a phrase (a comma, dash or quote ends it).
function gapBreaks(text: string, at: number, w: Word): boolean {
  const gap = text.slice(at, w.paren ? w.start - 1 : w.start);
  return /[^ \t]/.test(gap);
}

// "trained personnel", "leased land": a participle that modifies the next word.
function participleBeforeNoun(ctx: BindContext, w: Word, limit: number): boolean {
  if (w.pos !== 'VERB' || !/(ed|ing)$/.test(w.lower)) return false;
  const n = readWord(ctx, w.end, limit);
  return !!n && !n.paren && (ctx.c.nouns.has(n.lower) || n.pos === 'NOUN');
}

function headOf(ctx: BindContext, words: Word[], limit: number): CountedNoun | null {
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
  let designation = false;
  let entityKey: string | null = null;
  let entityName: string | null = null;
  for (let k = 0; k < words.length; k++) {
    const hit = ctx.mentionOver(words[k].start, words[k].end);
    const isModel = DESIGNATION.test(words[k].text) || hit?.entity.type === 'EQUIPMENT';
    if (!isModel || words[k].paren) continue;
    if (hit) {
      entityKey = hit.entity.key;
      entityName = hit.entity.name;
    }
    if (head < 0 || (head < k && entry?.kind !== 'equipment')) {
      head = k;
      entry = null;
      designation = true;
    }
  }
  let kind: string | null = entry?.kind ?? (designation ? 'equipment' : null);
  if (head < 0) {
    const w = words[0];
    if (/^\p{Lu}/u.test(w.text) && c.demonymSuffixes.some((s) => w.lower.endsWith(s)) && !words[1]) {
      head = 0;
      kind = 'personnel';
    } else {
      head = lastNoun(words);
      if (head < 0) return null;
      kind = 'count';
    }
  }
  const headWord = words[head];
  const gloss = words[head + 1];
  const phraseEnd = gloss?.paren ? afterWord(gloss) : headWord.end;
  let unit = entry ? unitOf(entry) : designation ? null : kind === 'personnel' ? headWord.text : headWord.lower;
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

function lastNoun(words: Word[]): number {
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    if (!w.paren && (w.pos === 'NOUN' || (w.pos === undefined && /\p{Ll}/u.test(w.text[0])))) return k;
  }
  return -1;
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
