/**
 * Event titles as shown. The pipeline cuts a headline after a few words, which can end it
 * mid-phrase ("… agreed on a") or start it inside a sentence ("Contrast, Kazakhstan …" from
 * "By contrast, …"). The display never cuts a word: a title that stops mid-phrase is taken back to
 * the last phrase boundary and marked with an ellipsis, and an opening fragment that was lower-case
 * in the sentence is dropped.
 */

// Closed-class English words a phrase cannot end on: determiners, prepositions, conjunctions,
// relative and possessive pronouns, auxiliaries. Grammar, not domain knowledge.
const FUNCTION_WORDS = new Set(`a an the this that these those its their his her our your my some any each every no both either
of to for with through on in at by from into onto upon over under about against within without across between among per via
toward towards than as like after before during since until amid despite beyond including such
and or but nor while whereas if so yet then
which who whom whose where when what whether
is are was were be been being has have had will would shall should can could may might must do does did not`.split(/\s+/));

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';
// The sentence goes on with a date the headline left out on purpose ("signed … on March 28, 1994").
const DATE_NEXT = new RegExp(`^(?:(?:in|on|at|by|during|since|from|of|until|through)\\s+)?(?:early\\s+|mid-?|late\\s+)?(?:\\d|(?:${MONTHS})\\b)`, 'i');
// Where a phrase may end: after a comma, semicolon, colon, dash or closing bracket.
const BOUNDARY_AFTER = /[,;:)\]\u2014\u2013]$/;
const MIN_WORDS = 4;
/** Headlines of this many words or more were likely cut for length (the pipeline keeps 14). */
const LONG = 12;

const bare = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}’']+$/gu, '');
const isFunctionWord = (w: string) => FUNCTION_WORDS.has(bare(w));
/** "Kazakhstan’s" needs the noun that follows it. */
const isPossessive = (w: string) => /\p{L}['’]s$/u.test(w.replace(/[^\p{L}\p{N}’']+$/u, ''));
const dangles = (w: string) => isFunctionWord(w) || isPossessive(w) || isFunctionWord(w.split(/[\u2014\u2013]/).pop() ?? '');
/** "Russia—as": keep the part before a dash when the part after it dangles. */
const beforeDash = (w: string) => (/[\u2014\u2013]/.test(w) && isFunctionWord(w.split(/[\u2014\u2013]/).pop() ?? '') ? w.replace(/[\u2014\u2013][^\u2014\u2013]*$/, '') : w);
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** True when the title stops where its sentence (quote) still goes on inside the same phrase. */
export function isCutMidPhrase(title: string, quote: string): boolean {
  const words = squash(title).split(' ');
  if (words.length === 0 || !words[0]) return false;
  if (dangles(words[words.length - 1])) return true;
  if (words.length < LONG) return false;
  const tail = words.slice(-2).join(' ').replace(/[\s,;:.—–(-]+$/u, '');
  const text = squash(quote);
  const at = text.toLowerCase().lastIndexOf(tail.toLowerCase());
  if (at < 0) return false;
  const rest = text.slice(at + tail.length);
  // Punctuation next, or the end: the title ended with its phrase. A date next: left out on purpose.
  return /^\s*[\p{L}\p{N}]/u.test(rest) && !DATE_NEXT.test(rest.trim());
}

/** Takes a cut title back to its last phrase boundary (never inside a word) and adds an ellipsis. */
export function trimToPhrase(title: string): string {
  const words = squash(title).split(' ');
  // Candidate ends: before a word that opens a phrase, or after punctuation that closes one.
  for (let end = words.length - 1; end >= MIN_WORDS; end--) {
    const opensPhrase = isFunctionWord(words[end]);
    const closesPhrase = BOUNDARY_AFTER.test(words[end - 1]);
    if (!opensPhrase && !closesPhrase) continue;
    let kept = words.slice(0, end);
    kept[kept.length - 1] = beforeDash(kept[kept.length - 1]);
    while (kept.length > MIN_WORDS && dangles(kept[kept.length - 1])) kept = kept.slice(0, -1);
    if (dangles(kept[kept.length - 1])) continue;
    return `${kept.join(' ').replace(/[\s,;:\u2014\u2013(-]+$/u, '')}…`;
  }
  // No boundary far enough in: drop trailing function words only.
  let kept = words;
  while (kept.length > 1 && dangles(kept[kept.length - 1])) kept = kept.slice(0, -1);
  return `${kept.join(' ').replace(/[\s,;:\u2014\u2013(-]+$/u, '')}…`;
}

/**
 * "Contrast, Kazakhstan began …" from "By contrast, … Kazakhstan began …": an opening word or two
 * followed by a comma that the sentence writes in lower case is the tail of a phrase, not a name.
 */
export function dropLeadingFragment(title: string, quote: string): string {
  const m = /^(\p{Lu}[\p{Ll}’'-]*)((?: [\p{Ll}’'-]+)?), (.+)$/u.exec(squash(title));
  if (!m) return title;
  const [, first, more, rest] = m;
  const lower = first.toLowerCase() + more;
  const inQuote = squash(quote);
  const writtenLower = new RegExp(`(^|[^\\p{L}])${escapeRe(lower)},`, 'u').test(inQuote);
  const writtenAsIs = new RegExp(`(^|[^\\p{L}])${escapeRe(first + more)}\\b`, 'u').test(inQuote);
  if (!writtenLower || writtenAsIs || rest.split(' ').length < 3) return title;
  return rest[0].toUpperCase() + rest.slice(1);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The title to show for an event, given the sentence text or quote it came from. */
export function displayTitle(title: string, quote: string | null | undefined): string {
  const source = quote ?? '';
  let t = dropLeadingFragment(squash(title), source);
  if (isCutMidPhrase(t, source)) t = trimToPhrase(t);
  return t;
}
