/** One word of a text: its offsets in the text (UTF-16 units) and its searchable form. */
export interface SearchWord {
  start: number;
  end: number;
  /** Lower-cased, diacritics removed: what goes to PostgreSQL's text search. */
  term: string;
}

/**
 * Splits text into words the way FTS5's unicode61 tokenizer (remove_diacritics) does: runs of
 * letters and digits, everything else a separator. PostgreSQL's own parser keeps "Falcon-9" or
 * "mod.gov.kz" whole and reads "-9" as a number, so the store splits both sides itself and
 * PostgreSQL only stems the words.
 */
export function searchWords(text: string): SearchWord[] {
  const out: SearchWord[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const term = m[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    if (term !== '') out.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return out;
}

/** The words of `text` as one space-separated string, ready for to_tsvector. */
export function searchTerms(text: string): string {
  return searchWords(text).map((w) => w.term).join(' ');
}
