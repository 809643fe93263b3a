/**
 * Turns user text into a safe FTS5 query: every whitespace-separated term becomes a quoted phrase
 * (inner quotes dropped), so operators and syntax characters in the input (`"`, `*`, `AND(`, `NEAR`,
 * `-`, `:`) are searched as text, never parsed. A trailing `*` on a term asks for a prefix match.
 * Returns null when nothing searchable is left (only punctuation).
 */
export function ftsQuery(text: string, opts: { prefix?: boolean; any?: boolean } = {}): string | null {
  const phrases: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const wantsPrefix = opts.prefix || raw.endsWith('*');
    const term = raw.replace(/"/g, '').replace(/\*+$/, '');
    // unicode61 only indexes letters and digits: a term without any matches nothing, so leave it out.
    if (!/[\p{L}\p{N}]/u.test(term)) continue;
    phrases.push(`"${term}"${wantsPrefix ? '*' : ''}`);
  }
  if (phrases.length === 0) return null;
  return phrases.join(opts.any ? ' OR ' : ' ');
}
