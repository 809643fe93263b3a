import type { Word } from './tokens.ts';

/** One name in the token trie: its tokens as written in the knowledge file and what it stands for. */
export interface TrieEntry<P> {
  tokens: string[];
  payload: P;
  /** Per token: lower-cased form and case rule (0 any case, 1 capitalized, 2 written exactly). */
  lower: string[];
  mode: number[];
}

export interface TrieMatch<P> {
  /** Index of the first and one past the last matched word. */
  from: number;
  to: number;
  entries: P[];
  /** The last word matched as a plural of the entry's last token ("BMPs" for "BMP"). */
  plural: boolean;
}

/**
 * Names indexed by their lower-cased first token. A name matches when every token agrees ignoring case,
 * except that a capitalized token must be capitalized in the text and an acronym token must be written the
 * same: "US" never matches "us", "Alliance" never matches "alliance".
 */
export class TokenTrie<P> {
  private readonly byFirst = new Map<string, TrieEntry<P>[]>();

  add(tokens: string[], payload: P): void {
    if (!tokens.length) return;
    const k = tokens[0]!.toLowerCase();
    let list = this.byFirst.get(k);
    if (!list) this.byFirst.set(k, (list = []));
    // Longest names first (stable among equal lengths), so a lookup can stop once only shorter names remain.
    let at = list.length;
    while (at > 0 && list[at - 1]!.tokens.length < tokens.length) at--;
    list.splice(at, 0, { tokens, payload, lower: tokens.map((t) => t.toLowerCase()), mode: tokens.map(caseMode) });
  }

  /** Longest match starting at word `at`; `allowPlural` lets the last token carry a plural s. */
  longestAt(words: readonly Word[], at: number, allowPlural = false): TrieMatch<P> | null {
    const w0 = words[at];
    if (!w0) return null;
    let list = this.byFirst.get(w0.lower);
    let pluralFirst = false;
    if (!list && allowPlural && w0.lower.endsWith('s')) {
      list = this.byFirst.get(w0.lower.slice(0, -1));
      pluralFirst = true;
    }
    if (!list) return null;
    let best: TrieMatch<P> | null = null;
    for (const e of list) {
      const n = e.tokens.length;
      if (best && at + n < best.to) break;
      if (pluralFirst && n !== 1) continue;
      if (at + n > words.length) continue;
      let ok = true;
      let plural = false;
      for (let k = 0; k < n && ok; k++) {
        const w = words[at + k]!;
        const t = e.lower[k]!;
        const mode = e.mode[k]!;
        if (k > 0 && w.sentence !== w0.sentence) ok = false;
        else if (w.lower === t) ok = mode === 0 || (mode === 1 ? w.cap : w.text === e.tokens[k]);
        else if (allowPlural && k === n - 1 && w.lower.length === t.length + 1 && w.lower.endsWith('s') && w.lower.startsWith(t)) {
          ok = mode === 0 || (mode === 1 ? w.cap : w.text.slice(0, -1) === e.tokens[k]);
          plural = true;
        } else ok = false;
        // A dash inside a name must be written without spaces around it ("Almaz-Antey").
        if (ok && k > 0 && (w.kind === 'dash' || words[at + k - 1]!.kind === 'dash') && w.spaceBefore) ok = false;
      }
      if (!ok) continue;
      if (!best || at + n > best.to) best = { from: at, to: at + n, entries: [e.payload], plural };
      else if (at + n === best.to) best.entries.push(e.payload);
    }
    return best;
  }
}

function caseMode(entryToken: string): number {
  const letters = entryToken.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && /\p{Lu}/u.test(letters.slice(1))) return 2;
  return /^\p{Lu}/u.test(entryToken) ? 1 : 0;
}
