// Characters a terminal may act on instead of showing: C0 and C1 controls (ESC starts the ANSI
// sequences that recolour, move the cursor or retitle the window), DEL, line and paragraph
// separators, and the bidirectional overrides that reorder what follows them.
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * A file name (or any user-supplied text) safe to print: every control character shown as an
 * escape (`\x1B`, `\u202E`) instead of reaching the terminal raw. Ordinary names are unchanged.
 */
export function displayPath(path: string): string {
  return path.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}
