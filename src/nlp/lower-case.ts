/**
 * `t.toLowerCase()`, returning `t` itself when it is already lower-case ASCII. Most words are, and
 * toLowerCase on a piece of a two-byte text (any document with a curly quote) is slow even then.
 */
export function lowerCase(t: string): string {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return t.toLowerCase();
  }
  return t;
}
