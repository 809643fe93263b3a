import type { Sentence } from '../../model/provenance.ts';
import type { PipelineState, PipelineStep, Token } from '../state.ts';
import { wink } from '../wink.ts';

/**
 * Sentences and tokens with character offsets. wink-nlp tokenizes, tags and finds sentence ends in
 * one pass over the whole text; a line break always ends a sentence too, because headings and list
 * items carry no final period.
 */
export const segment: PipelineStep = {
  id: 'segment',
  run(state: PipelineState) {
    primeDottedNames(state.kb);
    const { sentences, tokens } = segmentText(state.text);
    state.sentences = sentences;
    state.tokens = tokens;
  },
};

// How far ahead a token's text may be looked for: wink rewrites a few tokens, and such a token
// must not send the cursor to a later, unrelated occurrence.
const MAX_GAP = 64;

// "1." or "b)" opening a list item is not a sentence of its own.
const LIST_MARKER = /^(?:\d{1,3}|[a-z]|[ivxlc]{1,5})[.)]$/i;
const MAX_LIST_MARKER = 6;

// wink adds every word it meets to its lexicon, and a possessive it once kept whole ("Russia’s,"
// before a comma) then stays whole wherever it comes later, in this or any later document. Handed
// over already split, possessives tokenize the same whatever was read before. (The letter before
// the apostrophe is checked per match: a leading lookbehind would be tried at every position.)
const POSSESSIVE = /['’](?=[sS](?![\p{L}\p{N}]))/gu;
const ENDS_WITH_LETTER = /\p{L}$/u;

function splitPossessives(text: string): string {
  return text.replace(POSSESSIVE, (apostrophe: string, at: number) =>
    (ENDS_WITH_LETTER.test(text.slice(Math.max(0, at - 2), at)) ? ` ${apostrophe}` : apostrophe));
}

// Likewise a dotted abbreviation right before a comma ("the U.S., reflecting") is learned whole, and
// from then on never ends a sentence ("the U.S. military") in any later document: extraction would
// depend on what was read before. Handed over with the comma apart, nothing is learned; the dotted
// names of the knowledge files are taught once, before the first document, so every document reads
// them the same way.
const PERIOD_COMMA = /\.,/g;

function splitPeriodCommas(text: string): string {
  return text.replace(PERIOD_COMMA, (m: string, at: number) => (ENDS_WITH_LETTER.test(text.slice(Math.max(0, at - 1), at)) ? '. ,' : m));
}

const DOTTED = /"((?:\p{Lu}\.){2,}\p{Lu}?)"/gu;
const primed = new WeakSet<object>();

/** Teaches wink the gazetteer's dotted names ("U.S.", "U.K.") once per loaded knowledge. */
function primeDottedNames(kb: PipelineState['kb']): void {
  if (primed.has(kb.gazetteer)) return;
  primed.add(kb.gazetteer);
  const names = new Set([...JSON.stringify(kb.gazetteer).matchAll(DOTTED)].map((m) => m[1]!));
  if (names.size) wink().readDoc([...names].map((n) => `the ${n}, then`).join(' '));
}

// wink's tokenizer slows down sharply on a very long run of characters without a space (a 64 KB
// "word" took seconds, a megabyte minutes). No word is this long; a longer run (a pasted hash,
// base64, a line of dashes) is handed to wink in pieces of this many characters, which it then
// tokenizes one by one. Offsets still come from the original text.
export const MAX_TOKEN_LENGTH = 200;

/** The text with a space after every MAX_TOKEN_LENGTH characters of a longer run of non-spaces. */
export function capTokenLength(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) continue;
    if (i - runStart > MAX_TOKEN_LENGTH) {
      out ??= [];
      for (let at = runStart + MAX_TOKEN_LENGTH; at < i; ) {
        // Never between the two halves of a surrogate pair.
        const cut = isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
        if (cut >= i) break;
        out.push(text.slice(copied, cut), ' ');
        copied = cut;
        at = cut + MAX_TOKEN_LENGTH;
      }
    }
    runStart = i + 1;
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function segmentText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const nlp = wink();
  const its = nlp.its;
  // Token offsets come from the original text below, so the inserted spaces shift nothing.
  const doc = nlp.readDoc(capTokenLength(splitPeriodCommas(splitPossessives(text))));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // A sentence's span is [first token, last token]: reading them all at once avoids wink's item objects.
  const lastTokenOfSentence = new Set<number>();
  for (const [first, last] of doc.sentences().out(its.span) as number[][]) if (last >= first) lastTokenOfSentence.add(last);

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let sentenceStart = -1;
  let sentenceEnd = -1;
  const close = () => {
    if (sentenceStart >= 0) sentences.push({ index: sentences.length, start: sentenceStart, end: sentenceEnd });
    sentenceStart = -1;
  };
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    // wink keeps line breaks as tokens; they are boundaries, not words.
    const at = hasNonSpace(v) ? text.indexOf(v, cursor) : -1;
    // Blanked page furniture can leave a long run of spaces before the next token: a gap of spaces only is no jump.
    if (at >= 0 && (at - cursor <= MAX_GAP + v.length || blankBetween(text, cursor, at))) {
      if (sentenceStart >= 0 && newlineIn(text, sentenceEnd, at)) close();
      if (sentenceStart < 0) sentenceStart = at;
      sentenceEnd = at + v.length;
      tokens.push({ start: at, end: sentenceEnd, text: v, pos: tags[i] ?? 'X', sentence: sentences.length });
      cursor = sentenceEnd;
    }
    if (lastTokenOfSentence.has(i) && !(sentenceEnd - sentenceStart <= MAX_LIST_MARKER && LIST_MARKER.test(text.slice(sentenceStart, sentenceEnd)))) close();
  }
  close();
  return { sentences, tokens };
}

// Whether text[from, to) holds a line break, without slicing it out. (Lines a page wrapped mid-sentence
// were already joined by the page step: see meta/unwrap.ts.)
function newlineIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

// What `v.trim() !== ''` says, without making the trimmed string: most tokens start with a non-space.
function hasNonSpace(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c > 32 && c < 127) return true;
  return v.trim() !== '';
}

// Whether text[from, to) is only whitespace.
function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) return false;
  }
  return true;
}
