import type { Token } from '../state.ts';
import type { CompiledNumbers, NounEntry } from './lexicon.ts';
import { lowerCase } from '../lower-case.ts';

/** The noun phrase a figure is said of when no noun follows it ("the defense budget reached 25 billion Tenge"). */
export interface ClauseSubject {
  text: string;
  start: number;
  end: number;
  /** The lexicon noun that says what is counted ("contract servicemen" in "the number of contract servicemen"). */
  entry: NounEntry | null;
}

const VERBAL = new Set(['VERB', 'AUX']);
const BETWEEN_VERB_AND_FIGURE = new Set(['ADV', 'PART']);
const LINKS = new Set(['to', 'at', 'by', 'from', 'around', 'of']);
// A preposition that ties a figure to the noun before it without a verb: "the share of X from 40 percent", "allowances by 55 percent".
const VERBLESS_LINKS = new Set(['from', 'by']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ']);
const CHAIN = new Set(['of', 'for', 'in', 'on']);
const MAX_BACK = 7;
const MAX_NP = 10;

/**
 * Walks back from the figure over its verb group ("have generally remained", "reached", "increased
 * to") to the noun phrase before it. `first` and `before` are token indexes: the sentence's first
 * token and the first token of the figure.
 */
export function clauseSubject(text: string, tokens: readonly Token[], first: number, before: number, c: CompiledNumbers): ClauseSubject | null {
  let k = before - 1;
  let verb = false;
  let aux = false;
  let link = false;
  let steps = 0;
  while (k >= first && steps < MAX_BACK) {
    const t = tokens[k];
    const l = lowerCase(t.text);
    // Before an auxiliary ("was raised", "have remained") only the subject can come.
    if (aux && t.pos !== 'AUX' && !BETWEEN_VERB_AND_FIGURE.has(t.pos)) break;
    if (VERBAL.has(t.pos)) {
      verb = true;
      aux ||= t.pos === 'AUX';
    } else if (LINKS.has(l)) link ||= VERBLESS_LINKS.has(l) && steps === 0;
    else if (!BETWEEN_VERB_AND_FIGURE.has(t.pos)) break;
    k--;
    steps++;
  }
  if (k < first || !(verb || link)) return null;
  const t = tokens[k];
  if (/^(who|that)$/i.test(t.text)) return personAntecedent(tokens, first, k, c);
  return nounPhraseEndingAt(text, tokens, first, k, c, aux);
}

/** The noun phrase whose last token is tokens[k], chained through of/for/in/on ("funding for military education"). */
export function nounPhraseEndingAt(text: string, tokens: readonly Token[], first: number, k: number, c: CompiledNumbers, beforeAux = false): ClauseSubject | null {
  const end = k;
  // Right before an auxiliary, a word tagged as a verb is a noun the tagger misread ("Monthly pay was raised").
  const isNp = (i: number) => NP_POS.has(tokens[i].pos) || (beforeAux && i === end && tokens[i].pos === 'VERB');
  let start = k + 1;
  let n = 0;
  while (k >= first && n < MAX_NP) {
    const t = tokens[k];
    const l = lowerCase(t.text);
    if (isNp(k) && !c.stops.has(l)) start = k;
    else if (isPossessive(t) && k > first && NP_POS.has(tokens[k - 1].pos)) start = k;
    else if (CHAIN.has(l) && start === k + 1 && k > first && NP_POS.has(tokens[k - 1].pos)) start = k;
    else break;
    k--;
    n++;
  }
  while (start <= end && (CHAIN.has(lowerCase(tokens[start].text)) || isPossessive(tokens[start]))) start++;
  if (start > end || !isNp(end)) return null;
  const s = tokens[start].start;
  const e = tokens[end].end;
  return { text: text.slice(s, e), start: s, end: e, entry: countedEntry(tokens, start, end, c) };
}

function isPossessive(t: Token): boolean {
  return /^[’']s?$/.test(t.text);
}

/** What the phrase counts: its head, or for "number of X" / "share of X", the head of X. */
function countedEntry(tokens: readonly Token[], start: number, end: number, c: CompiledNumbers): NounEntry | null {
  let headEnd = end;
  for (let k = start; k <= end; k++) {
    if (CHAIN.has(lowerCase(tokens[k].text))) {
      headEnd = k - 1;
      break;
    }
  }
  const head = lowerCase(tokens[headEnd]?.text ?? '');
  if (c.nouns.has(head)) return c.nouns.get(head)!;
  if (c.containerNouns.has(head) && headEnd < end) return c.nouns.get(lowerCase(tokens[end].text)) ?? null;
  return null;
}

// "a sergeant with 17–20 years of service who previously earned ...": the person the clause is about.
function personAntecedent(tokens: readonly Token[], first: number, k: number, c: CompiledNumbers): ClauseSubject | null {
  for (let m = k - 1; m >= first; m--) {
    const e = c.nouns.get(lowerCase(tokens[m].text));
    if (e?.kind === 'personnel') return { text: tokens[m].text, start: tokens[m].start, end: tokens[m].end, entry: e };
  }
  return null;
}
