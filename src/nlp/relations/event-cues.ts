import { linkCues, type LinkCues } from './cues.ts';
import { ev, type LinkContext } from './context.ts';
import { escapeRegex, findWord, mayContain, type WordHit } from './words.ts';

/**
 * Event cues: instrument (value: the instrument word someone possesses in the sentence, "the
 * President's Decree"), repeat (value: the instrument when the cue stands on it, "a new decree",
 * else "any": the sentence marks a repetition, "again", "a second"), appointment_start (the
 * sentence of an appointment says someone took a post).
 */
export function linkEventCues(ctx: LinkContext): void {
  const cues = linkCues();
  for (const [sentenceIndex, group] of ctx.eventsBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    // The cues are read once per sentence, then given to each of its events in the same order.
    const hits = sentenceCues(sentence.text, sentence.start, cues);
    let start: WordHit | null | undefined;
    for (const x of group) {
      const add = (type: string, rule: string, hit: { start: number; end: number }, value: string | null = null) =>
        ctx.add({ type, rule, from: ev(x.index), value, sentence: sentenceIndex, start: hit.start, end: hit.end });
      for (const h of hits) add(h.type, h.rule, h.hit, h.value);
      if (x.fact.type === 'appointment') {
        if (start === undefined) start = findWord(sentence.text, cues.startWords, sentence.start);
        if (start) add('appointment_start', 'start-words', start);
      }
    }
  }
}

interface CueHit { type: string; rule: string; hit: { start: number; end: number }; value: string }

// Cheap exact gates: a possessed instrument needs "'s"; "<cue> <instrument>" needs a repeat cue
// standing as a word of its own (followed by the space), which the plain repeat search finds.
const POSSESSIVE_S = /['’]s/iu; // same flags as the full regex: "s" also matches "ſ" under /iu

function sentenceCues(text: string, base: number, cues: LinkCues): CueHit[] {
  const hits: CueHit[] = [];
  const repeat = findWord(text, cues.repeatCues, base);
  const possessive = POSSESSIVE_S.test(text);
  if (repeat || possessive) {
    for (const word of cues.instrumentWords) {
      const m = possessive ? possessedRegex(word).exec(text) : null;
      if (m) hits.push({ type: 'instrument', rule: 'possessed-instrument', hit: { start: base + m.index, end: base + m.index + m[0].length }, value: word });
      // Every "<cue> <instrument>" phrase holds the instrument word: a sentence without it needs no search.
      const again = repeat && mayContain(text, word) ? findWord(text, repeatPhrases(cues, word), base) : null;
      if (again) hits.push({ type: 'repeat', rule: 'repeat-instrument', hit: again, value: word });
    }
  }
  if (repeat) hits.push({ type: 'repeat', rule: 'repeat-words', hit: repeat, value: 'any' });
  return hits;
}

// Compiled once per word, not once per event.
const possessed = new Map<string, RegExp>();
function possessedRegex(word: string): RegExp {
  let r = possessed.get(word);
  if (!r) possessed.set(word, (r = new RegExp(`['’]s\\s+(?:[\\p{L}\\d-]+\\s+)?${escapeRegex(word)}\\b`, 'iu')));
  return r;
}

const phrases = new WeakMap<LinkCues, Map<string, string[]>>();
function repeatPhrases(cues: LinkCues, word: string): string[] {
  let byWord = phrases.get(cues);
  if (!byWord) phrases.set(cues, (byWord = new Map()));
  let list = byWord.get(word);
  if (!list) byWord.set(word, (list = cues.repeatCues.map((c) => `${c} ${word}`)));
  return list;
}
