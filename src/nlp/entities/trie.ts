import type { Word } from './tokens.ts';
import { lowerCase } from '../lower-case.ts';

/** One name in the token trie: its tokens as written in the knowledge file and what it stands for. */
export interface TrieEntry<P> {
  tokens: string[];
  payload: P;
  /** Per token: case rule (0 any case, 1 capitalized, 2 written exactly). */
  mode: number[];
  /** Insertion order: equally long matches are listed in it. */
  seq: number;
}

export interface TrieMatch<P> {
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
  entries: P[];
  /** The last word matched as a plural of the entry's last token ("BMPs" for "BMP"). */
  plural: boolean;
}

/** Names sharing their first lower-cased tokens share a path; a node lists the names that end there. */
interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | null;
  /** The same children keyed by their token plus "s": a plural word finds its singular without slicing. */
  nextPlural: Map<string, TrieNode<P>> | null;
  ends: TrieEntry<P>[];
}

const newNode = <P>(): TrieNode<P> => ({ next: null, nextPlural: null, ends: [] });
const NO_ENTRIES: never[] = [];

/**
 * Names indexed token by token, lower-cased. A name matches when every token agrees ignoring case,
 * except that a capitalized token must be capitalized in the text and an acronym token must be written the
 * same: "US" never matches "us", "Alliance" never matches "alliance".
 */
export class TokenTrie<P> {
  private readonly root: TrieNode<P> = newNode();
  private count = 0;

  add(tokens: string[], payload: P): void {
    if (!tokens.length) return;
    let node = this.root;
    for (const t of tokens) {
      const k = lowerCase(t);
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) {
        node.next.set(k, (child = newNode()));
        (node.nextPlural ??= new Map()).set(`${k}s`, child);
      }
      node = child;
    }
    node.ends.push({ tokens, payload, mode: tokens.map(caseMode), seq: this.count++ });
  }

  /**
   * Longest match starting at word `at`; `allowPlural` lets the last token carry a plural s. Several
   * recognizers ask about the same word of a document: answers are kept per word list.
   */
  longestAt(words: readonly Word[], at: number, allowPlural = false): TrieMatch<P> | null {
    if (!(at >= 0 && at < words.length)) return null;
    let memo = this.memo.get(words);
    if (!memo) this.memo.set(words, (memo = new Array<TrieMatch<P> | null | undefined>(2 * words.length)));
    const k = 2 * at + (allowPlural ? 1 : 0);
    let m = memo[k];
    if (m === undefined) memo[k] = m = this.walk(words, at, allowPlural);
    return m;
  }

  private readonly memo = new WeakMap<readonly Word[], (TrieMatch<P> | null | undefined)[]>();

  private walk(words: readonly Word[], at: number, allowPlural: boolean): TrieMatch<P> | null {
    const w0 = words[at];
    if (!w0) return null;
    const first = this.root.next?.get(w0.lower);
    if (!first) {
      // A one-word name in the plural: "BMPs".
      const stem = allowPlural && endsInS(w0.lower) ? this.root.nextPlural?.get(w0.lower) : undefined;
      return stem ? matchAtDepth(words, at, 1, null, stem) : null;
    }
    // Follow the words down the trie as far as they go within the sentence, then try the deepest names first.
    const path: TrieNode<P>[] = [first];
    for (let k = 1; ; k++) {
      const node = path[k - 1]!.next;
      const w = words[at + k];
      if (!node || !w || !continuesName(words, at, k)) break;
      const child = node.get(w.lower);
      if (!child) break;
      path.push(child);
    }
    const deepest = path.length + (allowPlural ? 1 : 0);
    for (let depth = Math.min(deepest, words.length - at); depth >= 1; depth--) {
      const exact = path[depth - 1];
      // The last word as a plural of a name's last token: "Special Forces" for "Special Force".
      const plurals = allowPlural && depth >= 2 ? path[depth - 2]!.nextPlural : null;
      const last = words[at + depth - 1]!.lower;
      const stem = plurals && endsInS(last) && continuesName(words, at, depth - 1) ? plurals.get(last) : undefined;
      const m = matchAtDepth(words, at, depth, exact ?? null, stem ?? null);
      if (m) return m;
    }
    return null;
  }
}

// Plural keys all end in "s": other words need no lookup.
const endsInS = (lower: string) => lower.charCodeAt(lower.length - 1) === 115;

/** Word k of a name starting at `at` stays in the sentence, and a dash inside a name has no space around it ("Almaz-Antey"). */
function continuesName(words: readonly Word[], at: number, k: number): boolean {
  const w = words[at + k]!;
  if (w.sentence !== words[at]!.sentence) return false;
  return !((w.kind === 'dash' || words[at + k - 1]!.kind === 'dash') && w.spaceBefore);
}

/** Names of `depth` words matching at `at`: those ending at `exact` as written, those ending at `stem` with a plural last word; in insertion order. */
function matchAtDepth<P>(words: readonly Word[], at: number, depth: number, exact: TrieNode<P> | null, stem: TrieNode<P> | null): TrieMatch<P> | null {
  let best: TrieMatch<P> | null = null;
  const a = exact ? exact.ends : NO_ENTRIES;
  const b = stem ? stem.ends : NO_ENTRIES;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const plural = i >= a.length || (j < b.length && b[j]!.seq < a[i]!.seq);
    const e = plural ? b[j++]! : a[i++]!;
    if (!casesAgree(words, at, e, plural)) continue;
    if (!best) best = { from: at, to: at + depth, entries: [e.payload], plural };
    else best.entries.push(e.payload);
  }
  return best;
}

function casesAgree<P>(words: readonly Word[], at: number, e: TrieEntry<P>, plural: boolean): boolean {
  const n = e.tokens.length;
  for (let k = 0; k < n; k++) {
    const mode = e.mode[k]!;
    if (mode === 0) continue;
    const w = words[at + k]!;
    if (mode === 1 ? !w.cap : (plural && k === n - 1 ? w.text.slice(0, -1) : w.text) !== e.tokens[k]) return false;
  }
  return true;
}

function caseMode(entryToken: string): number {
  const letters = entryToken.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && /\p{Lu}/u.test(letters.slice(1))) return 2;
  return /^\p{Lu}/u.test(entryToken) ? 1 : 0;
}
