/** Escapes a literal phrase for a regex; a run of whitespace matches any run of whitespace. */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

/** Plain longest-first alternation of literal phrases: `the\s+following|that`. */
export const longestFirst = (phrases: readonly string[]) => [...phrases].sort((a, b) => b.length - a.length).map(escapeRe).join('|');

interface TrieNode {
  /** A phrase ends here. */
  end: boolean;
  /** Next unit (an escaped character or `\s+`) -> subtree, in first-seen order. */
  next: Map<string, TrieNode>;
}

/**
 * The same alternation as `longestFirst`, factored by shared prefixes:
 * `the\s+(?:following(?:\s+year)?|next)`. A regex engine tries a long list of alternatives one by
 * one at every position, which made the generated date phrases ("eleven months earlier", …) costly;
 * the factored form rejects most positions after one character.
 *
 * It matches exactly as the longest-first list does: two phrases that both match at one position
 * match one as a prefix of the other, and the factored form tries the longer first (a greedy `?`),
 * backtracking to the shorter just as the list would. Under `ignoreCase` units are compared
 * case-folded; phrases with non-ASCII letters keep the plain list, whose folding is subtler.
 */
export function phraseAlternation(phrases: readonly string[], opts: { ignoreCase: boolean }): string {
  if (opts.ignoreCase && phrases.some((p) => /[^\x00-\x7f]/.test(p))) return longestFirst(phrases);
  const root: TrieNode = { end: false, next: new Map() };
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    let node = root;
    for (const unit of units(phrase, opts.ignoreCase)) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  // The root's branches are the top-level alternatives, as in the plain list.
  const branches = [...root.next].map(([unit, child]) => unit + subtree(child));
  return root.end ? [...branches, ''].join('|') : branches.join('|');
}

// A phrase as regex units: one per character (code point), `\s+` per run of whitespace.
function units(phrase: string, ignoreCase: boolean): string[] {
  return (phrase.match(/\s+|[^\s]/gu) ?? []).map((u) => (/^\s/.test(u) ? '\\s+' : escapeRe(ignoreCase ? u.toLowerCase() : u)));
}

function subtree(node: TrieNode): string {
  const branches = [...node.next].map(([unit, child]) => unit + subtree(child));
  if (!branches.length) return '';
  if (branches.length === 1 && !node.end) return branches[0];
  // Greedy: the longer phrase first, then the one that ends here.
  return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
}
