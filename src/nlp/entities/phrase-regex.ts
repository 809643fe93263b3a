/**
 * A case-insensitive phrase regex from the knowledge files, scanned over a whole text.
 *
 * V8 cannot skip ahead to likely match starts when a case-insensitive unicode regex opens with an assertion
 * ("\b..."): it then tries the whole pattern at every position, ~40x slower on our documents. A copy
 * without the leading assertion finds candidate starts (every real match starts at one of them, since
 * dropping an assertion only allows more); the exact regex, anchored at a candidate, decides.
 */
export interface PhraseRegex {
  /** The regex as written, sticky: tried at candidate starts. */
  exact: RegExp;
  /** The regex without its leading \b, global; null when it has none (the exact regex then scans alone). */
  candidates: RegExp | null;
}

export function compilePhraseRegex(source: string, flags: string): PhraseRegex {
  const bare = flags.replace(/[gy]/g, '');
  const lead = /^\\b(?![*+?{])/.exec(source);
  return {
    exact: new RegExp(source, `${bare}${lead ? 'y' : 'g'}`),
    candidates: lead ? new RegExp(source.slice(lead[0].length), `${bare}g`) : null,
  };
}

/** Every match, as repeated exec of the regex with the g flag would return them. */
export function phraseMatches(r: PhraseRegex, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const { exact, candidates } = r;
  if (!candidates) {
    exact.lastIndex = 0;
    for (let m = exact.exec(text); m; m = exact.exec(text)) out.push(m);
    return out;
  }
  candidates.lastIndex = 0;
  for (let c = candidates.exec(text); c; c = candidates.exec(text)) {
    exact.lastIndex = c.index;
    const m = exact.exec(text);
    // Not a match here: look for the next candidate from the following character.
    if (!m) candidates.lastIndex = c.index + codePointLength(text, c.index);
    else {
      out.push(m);
      candidates.lastIndex = Math.max(exact.lastIndex, c.index + 1);
    }
  }
  return out;
}

function codePointLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}
