import { searchWords } from './search-words.ts';

/** One whitespace-separated term of a query: its words must stand next to each other; the last may be a prefix. */
export interface QueryPhrase {
  words: string[];
  prefix: boolean;
}

/**
 * Turns user text into a to_tsquery string: every whitespace-separated term becomes a phrase of its
 * words (`'falcon' <-> '9'`), so operators and syntax characters in the input are never parsed. A
 * trailing `*` on a term (or `prefix`) asks for a prefix match. Null when nothing is searchable.
 */
export function tsQuery(text: string, opts: { prefix?: boolean; any?: boolean } = {}): string | null {
  const phrases: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const words = searchWords(raw).map((w) => `'${w.term}'`);
    if (words.length === 0) continue;
    if (opts.prefix || raw.endsWith('*')) words[words.length - 1] += ':*';
    phrases.push(words.length === 1 ? words[0]! : `(${words.join(' <-> ')})`);
  }
  if (phrases.length === 0) return null;
  return phrases.join(opts.any ? ' | ' : ' & ');
}

/** The phrases of a query tsQuery built (its words are letters and digits only, so this reads it back exactly). */
export function queryPhrases(query: string): QueryPhrase[] {
  return query.split(/ [&|] /).map((phrase) => {
    const words = phrase.replace(/^\(|\)$/g, '').split(' <-> ');
    return { words: words.map((w) => w.replace(/^'|'(:\*)?$/g, '')), prefix: words.at(-1)!.endsWith(':*') };
  });
}
