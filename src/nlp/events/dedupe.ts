import { formatPartialDate } from '../../model/date.ts';
import type { Event } from '../../model/facts.ts';

/** Two tellings closer than this many sentences are two happenings (a list, a sequence), not one told twice. */
const MIN_GAP = 4;
/** A word shared by two titles identifies a happening only if few sentences of the document use it. */
const RARE_SHARE = 0.05;

// Function words are frequent anyway, but short documents make every word look rare.
const STOP = new Set(('also although because been before being between both could does during each from have having into more most ' +
  'much only other over same since some such than that their them then there these they this those through under until very were ' +
  'what when where which while will with within would year years').split(' '));
/**
 * Lower-case content words of at least four letters: runs of letters, digits and hyphens without a digit.
 * A char-code loop, not a Unicode regex: this runs over every sentence of the document.
 */
export function words(s: string): string[] {
  const t = s.toLowerCase();
  const out: string[] = [];
  let from = -1;
  let digit = false;
  for (let i = 0; i <= t.length; ) {
    const width = i < t.length ? wordCharWidth(t, i) : 0;
    if (width) {
      if (from < 0) from = i;
      const c = t.charCodeAt(i);
      if (c >= 48 && c <= 57) digit = true;
      i += width;
      continue;
    }
    if (from >= 0 && i - from >= 4 && !digit) {
      const w = t.slice(from, i);
      if (!STOP.has(w)) out.push(w);
    }
    from = -1;
    digit = false;
    i += i < t.length ? codePointWidth(t, i) : 1;
  }
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}]/u;
/** Code units taken by the word character (letter, digit or hyphen) at i, or 0. */
function wordCharWidth(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const width = codePointWidth(t, i);
  return WORD_CHAR.test(t.slice(i, i + width)) ? width : 0;
}

function codePointWidth(t: string, i: number): number {
  const c = t.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= t.length) return 1;
  const d = t.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/**
 * The same happening told again later keeps its first telling: same type, same date, in another
 * paragraph at least a few sentences away, and the titles share a word that is rare in the document
 * (an acronym, "charter"; not the country every sentence names, nor a person's name). List items are
 * never merged; statements only when one person (`isPerson`) speaks twice on one day. `personWords`: the lower-case words of the document's PERSON names.
 */
export function dedupeEvents(
  events: readonly Event[], paragraphOf: readonly number[], sentenceTexts: readonly string[], personWords: ReadonlySet<string> = new Set(),
  isPerson: (entityKey: string) => boolean = () => false,
): Event[] {
  // Word frequencies cost a pass over every sentence: counted only once two tellings could merge.
  let df: Map<string, number> | null = null;
  const rare = (w: string) => {
    df ??= documentFrequencies(sentenceTexts);
    // A person's name tells nothing: one person does several things on one day.
    return !personWords.has(w) && (df.get(w) ?? 0) <= Math.max(2, RARE_SHARE * sentenceTexts.length);
  };
  const kept: Event[] = [];
  // Earlier tellings that can match, by type and date, then by title word: for each, the first and
  // last sentence per paragraph that holds one. "Is there a far telling sharing this word" then
  // looks at a few paragraphs (those near the sentence), not at every earlier telling: a document
  // telling the same kind of happening on the same date thousands of times stays linear.
  const byTypeDate = new Map<string, Map<string, Map<number, { min: number; max: number }>>>();
  const farOne = (byParagraph: Map<number, { min: number; max: number }>, e: Event) => {
    const p = paragraphOf[e.sentence];
    for (const [q, r] of byParagraph) {
      if (q !== p && (e.sentence - r.min >= MIN_GAP || r.max - e.sentence >= MIN_GAP)) return true;
    }
    return false;
  };
  // One person speaking on one day makes one statement, however many quotations the report gives of it.
  const spoken = new Set<string>();
  for (const e of events) {
    if (e.type === 'statement' && e.date.precision === 'day') {
      const speaker = e.participants.find((p) => isPerson(p.entityKey))?.entityKey;
      const key = speaker ? `${speaker}|${e.date.start}` : null;
      if (key && spoken.has(key)) continue;
      if (key) spoken.add(key);
    }
    if (e.type === 'statement' || e.rule.endsWith('@list')) {
      kept.push(e);
      continue;
    }
    const own = words(e.title);
    const key = `${e.type}|${formatPartialDate(e.date)}`;
    let same = byTypeDate.get(key);
    const dup = !!same && own.some((w) => {
      const byParagraph = same!.get(w);
      return !!byParagraph && rare(w) && farOne(byParagraph, e);
    });
    if (!dup) {
      kept.push(e);
      if (!same) byTypeDate.set(key, (same = new Map()));
      const p = paragraphOf[e.sentence];
      for (const w of own) {
        let byParagraph = same.get(w);
        if (!byParagraph) same.set(w, (byParagraph = new Map()));
        const r = byParagraph.get(p);
        if (!r) byParagraph.set(p, { min: e.sentence, max: e.sentence });
        else {
          r.min = Math.min(r.min, e.sentence);
          r.max = Math.max(r.max, e.sentence);
        }
      }
    }
  }
  return kept;
}

/** In how many sentences each content word occurs. */
function documentFrequencies(sentenceTexts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  // The last sentence that counted each word: a word counts once per sentence without a set per sentence.
  const lastIn = new Map<string, number>();
  sentenceTexts.forEach((t, i) => {
    for (const w of words(t)) {
      if (lastIn.get(w) === i) continue;
      lastIn.set(w, i);
      df.set(w, (df.get(w) ?? 0) + 1);
    }
  });
  return df;
}
