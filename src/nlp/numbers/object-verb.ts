import type { Token } from '../state.ts';
import { nounPhraseEndingAt } from './clause-subject.ts';
import type { CompiledNumbers } from './lexicon.ts';
import { lowerCase } from '../lower-case.ts';
import { tokenIndexAt } from './token-index.ts';

// Words between a verb and the figure it governs: approximators and determiners ("involve over 800", "sent an estimated 150").
const FIGURE_LEADS = new Set(['over', 'more', 'than', 'about', 'around', 'approximately', 'some', 'nearly', 'almost', 'roughly', 'up', 'to', 'at', 'least', 'as', 'many', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'another', 'total', 'of', 'only', 'just', 'estimated', 'additional', 'further', 'also', 'out', 'back', 'off', 'such', 'together']);
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);
const MAX_LEADS = 5;
const MAX_BEFORE_VERB = 3;

/**
 * "The Chinese side will send more than 550 troops": the figure is the object of a verb that says which
 * ones are counted, told as a participle phrase after the noun ("sent by the Chinese side", "involved in
 * the drills", "hosted at Kant"). The verb's own subject is the agent when it stands right before it.
 * `before` is the figure's first token; null when no listed verb governs the figure.
 */
export function objectVerbPhrase(text: string, tokens: readonly Token[], first: number, before: number, c: CompiledNumbers): string | null {
  let k = before - 1;
  let steps = 0;
  while (k >= first && steps <= MAX_LEADS) {
    const lower = lowerCase(tokens[k].text);
    const phrase = c.objectVerbs.get(lower);
    if (phrase && tokens[k].pos !== 'NOUN' && tokens[k].pos !== 'PROPN') return withAgent(text, tokens, first, k, phrase, c);
    if (!FIGURE_LEADS.has(lower)) return null;
    k--;
    steps++;
  }
  return null;
}

function withAgent(text: string, tokens: readonly Token[], first: number, verb: number, phrase: string, c: CompiledNumbers): string {
  let k = verb - 1;
  let skipped = 0;
  let infinitive = false;
  while (k >= first && skipped < MAX_BEFORE_VERB && BEFORE_VERB.has(tokens[k].pos)) {
    infinitive ||= lowerCase(tokens[k].text) === 'to';
    k--;
    skipped++;
  }
  // "a deal to buy 12 drones": the noun before an infinitive is not who buys.
  const found = k >= first && !infinitive ? nounPhraseEndingAt(text, tokens, first, k, c) : null;
  // "within days withdrew 1,200 personnel": a noun governed by a preposition is no subject.
  const agent = found && !governed(tokens, first, found.start) ? found : null;
  // Without its agent the preposition dangles: "troops sent", not "troops sent by".
  return agent ? `${phrase} ${agent.text}` : phrase.split(' ')[0];
}

function governed(tokens: readonly Token[], first: number, start: number): boolean {
  // Token starts ascend: a binary search, not a scan of the document's tokens per figure.
  let k = tokenIndexAt(tokens, start);
  if (tokens[k]?.start !== start || k <= first) return false;
  k--;
  while (k >= first && tokens[k].pos === 'DET') k--;
  return k >= first && tokens[k].pos === 'ADP';
}
