import { phraseWords, postModifier } from './counted-noun.ts';
import type { CompiledNumbers } from './lexicon.ts';
import { type BindContext, readWord, type Word } from './words.ts';

const LEAD_INS = new Set(['in', 'of', 'for', 'as', 'worth']);
const DETERMINERS = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/;
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const MAX_BACK_WORDS = 10;
const MAX_VERB_GAP = 4;
const WORD = /[\p{L}][\p{L}’'\-]*|\p{N}[\p{N},.]*|[^\s\p{L}\p{N}]/gu;

interface Span { text: string; lower: string; start: number; end: number }

/**
 * What a sum of money is: the money noun nearest the figure in its clause, with its modifiers
 * ("a $1.2 billion loan to Armenia" -> "loan to Armenia", "defense spending of GEL 900 million" ->
 * "defense spending", "$10 million in military assistance"); else what the clause's verb makes of it
 * ("spent AZN 3 billion on defense" -> "spending on defense"). Null when the clause names neither.
 */
export function moneyNounNear(ctx: BindContext, start: number, end: number, sentStart: number, limit: number): string | null {
  return nounAfter(ctx, end, limit) ?? nounBefore(ctx, start, sentStart);
}

/** "a $1.2 billion loan", "$10 million in military aid", "$5 million for the purchase of radars". */
function nounAfter(ctx: BindContext, end: number, limit: number): string | null {
  let at = end;
  const lead = readWord(ctx, at, limit);
  if (lead && !lead.paren && LEAD_INS.has(lead.lower)) {
    at = lead.end;
    const det = readWord(ctx, at, limit);
    if (det && DETERMINERS.test(det.lower)) at = det.end;
  }
  const words = phraseWords(ctx, at, limit);
  const k = lastMoneyNoun(words, ctx.c);
  if (k < 0) return null;
  const first = words[0];
  const head = words[k];
  const mod = postModifier(ctx, head.end, limit);
  return ctx.text.slice(first.start, mod ? mod.end : head.end);
}

function lastMoneyNoun(words: Word[], c: CompiledNumbers): number {
  for (let k = words.length - 1; k >= 0; k--) {
    if (words[k].paren) continue;
    if (c.moneyNouns.has(words[k].lower)) return k;
    if (k > 0 && c.moneyNouns.has(`${words[k - 1].lower} ${words[k].lower}`)) return k;
  }
  return -1;
}

/** "Georgia's defense spending of GEL 900 million", "the budget, at $2 billion": the nearest money noun before, in the clause. */
function nounBefore(ctx: BindContext, start: number, sentStart: number): string | null {
  const words = spansBefore(ctx.text, sentStart, start);
  for (let k = words.length - 1, n = 0; k >= 0 && n < MAX_BACK_WORDS; k--, n++) {
    const w = words[k];
    if (/^[;:—–(]$/.test(w.text) || /^\p{N}/u.test(w.text)) return null;
    if (!ctx.c.moneyNouns.has(w.lower)) continue;
    let first = k;
    while (first > 0 && k - first < 4) {
      const p = words[first - 1];
      const pos = ctx.posAt(p.start);
      if (/^[’']s?$/.test(p.text) || (pos && NP_POS.has(pos) && !ctx.c.stops.has(p.lower))) first--;
      else break;
    }
    while (first < k && /^[’']s?$/.test(words[first].text)) first++;
    // "the salary of a lieutenant is 5 million sum": the of-phrase says whose.
    const of = words[k + 1]?.lower === 'of' ? postModifier(ctx, w.end, start) : null;
    return ctx.text.slice(words[first].start, of ? of.end : w.end);
  }
  return null;
}

/** "Baku spent AZN 3.1 billion on defense" -> "spending on defense". */
export function moneyFromVerb(ctx: BindContext, start: number, end: number, sentStart: number, limit: number): string | null {
  const passive = passiveMoneyVerb(ctx, end, limit);
  if (passive) return passive;
  const words = spansBefore(ctx.text, sentStart, start);
  for (let k = words.length - 1; k >= 0 && words.length - k <= MAX_VERB_GAP; k--) {
    const noun = ctx.c.moneyVerbs.get(words[k].lower);
    if (!noun) continue;
    const p = readWord(ctx, end, limit);
    if (p && /^(?:on|for|to)$/.test(p.lower)) {
      const mod = postModifier(ctx, end, limit);
      if (mod) return `${noun} ${untimed(mod.text)}`;
    }
    return noun;
  }
  return null;
}

const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'being']);

/** "$1 billion was spent for defense capability" -> "spending for defense capability": the verb after the sum, in the passive. */
function passiveMoneyVerb(ctx: BindContext, end: number, limit: number): string | null {
  let at = end;
  let aux = 0;
  for (let w = readWord(ctx, at, limit); w && AUXILIARIES.has(w.lower) && aux < 3; w = readWord(ctx, at, limit)) {
    at = w.end;
    aux++;
  }
  if (!aux) return null;
  const verb = readWord(ctx, at, limit);
  const noun = verb ? ctx.c.moneyVerbs.get(verb.lower) : undefined;
  if (!verb || !noun || !/(?:ed|nt|id|ld)$/.test(verb.lower)) return null;
  const p = readWord(ctx, verb.end, limit);
  const mod = p && /^(?:on|for|to)$/.test(p.lower) ? postModifier(ctx, verb.end, limit) : null;
  return mod ? `${noun} ${untimed(mod.text)}` : null;
}

// "for defense during the last": the span of time the sum covers is not what it was spent on.
const TIME_TAIL = /\s+(?:during|since|until|over the|for the (?:last|past|next|first)|in the (?:last|past|next|first))\b.*$/i;
const untimed = (s: string) => s.replace(TIME_TAIL, '');

function spansBefore(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}
