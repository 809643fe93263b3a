const cache = new Map<string, RegExp>();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for a word or phrase (spaces match any run of white space). */
export function wordRegex(w: string, flags = 'iu'): RegExp {
  const k = `${flags}\u0000${w}`;
  let r = cache.get(k);
  if (!r) {
    r = new RegExp(`(?<![\\p{L}\\p{N}])${escape(w).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, flags);
    cache.set(k, r);
  }
  return r;
}

export interface WordHit { word: string; start: number; end: number }

/** The first of `words` found in `text` (offsets relative to `base`), or null. */
export function findWord(text: string, words: readonly string[], base = 0): WordHit | null {
  let best: WordHit | null = null;
  for (const w of words) {
    const m = wordRegex(w).exec(text);
    if (m && (!best || m.index + base < best.start)) best = { word: w, start: base + m.index, end: base + m.index + m[0].length };
  }
  return best;
}

/** Every occurrence of every word, offsets relative to `base`. */
export function allWords(text: string, words: readonly string[], base = 0): WordHit[] {
  return words.flatMap((w) => [...text.matchAll(wordRegex(w, 'giu'))].map((m) => ({ word: w, start: base + m.index, end: base + m.index + m[0].length })));
}

export { escape as escapeRegex };
