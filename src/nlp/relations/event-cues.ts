import { linkCues } from './cues.ts';
import { ev, type LinkContext } from './context.ts';
import { escapeRegex, findWord } from './words.ts';

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
    for (const x of group) {
      const add = (type: string, rule: string, hit: { start: number; end: number }, value: string | null = null) =>
        ctx.add({ type, rule, from: ev(x.index), value, sentence: sentenceIndex, start: hit.start, end: hit.end });
      for (const word of cues.instrumentWords) {
        const m = new RegExp(`['’]s\\s+(?:[\\p{L}\\d-]+\\s+)?${escapeRegex(word)}\\b`, 'iu').exec(sentence.text);
        if (m) add('instrument', 'possessed-instrument', { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, word);
        const again = findWord(sentence.text, cues.repeatCues.map((c) => `${c} ${word}`), sentence.start);
        if (again) add('repeat', 'repeat-instrument', again, word);
      }
      const repeat = findWord(sentence.text, cues.repeatCues, sentence.start);
      if (repeat) add('repeat', 'repeat-words', repeat, 'any');
      if (x.fact.type === 'appointment') {
        const start = findWord(sentence.text, cues.startWords, sentence.start);
        if (start) add('appointment_start', 'start-words', start);
      }
    }
  }
}
