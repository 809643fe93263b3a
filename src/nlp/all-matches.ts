/**
 * Every match of a global regex in `s`, exactly as `s.matchAll(re)` yields them, but without the
 * clone of `re` that matchAll makes on each call: for a big regex run once per sentence or clause,
 * that clone (and its recompilation) costs several times the search itself.
 * Matches are collected eagerly, so the caller may use `re` again inside its loop.
 */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches: the regex must be global');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      out.push(m);
      // An empty match must not stall: step over one character (one code point under /u or /v).
      // The flags are read only then: `re.flags` builds a string, a needless cost on every call.
      if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = saved;
  }
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = s.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
