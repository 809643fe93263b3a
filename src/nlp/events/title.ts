import type { DateSpan } from '../state.ts';

const MAX_WORDS = 14;
// Words that open a clause without belonging to its headline.
const LEAD = /^(?:[,;:\u2014\u2013\s-]+|(?:and|but|while|whereas|as|which|when|where|after|before|following|followed|then|also|however|moreover|meanwhile|thus|that|so|yet|by|with)\b\s*)+/i;
const ADVERBIAL = /^(?:in|on|at|during|after|before|since|by|for|from|following|upon|under|with|within|despite|although|though|while|when|as|however|yet|still|meanwhile|similarly|accordingly|ultimately|nevertheless|moreover|thus|indeed|notably|importantly|overall|around|beginning|starting|later|earlier|initially|subsequently|then|also)\b/i;
const DATE_PREP = /\b(?:in|on|during|since|from|by|of|at)\s+$/i;

/**
 * A short readable headline from the clause: the clause without its date expressions, opening
 * connectives and leading adverbial ("In 2011, "), cut to a few words at a word boundary.
 */
export function buildTitle(text: string, start: number, end: number, dates: readonly DateSpan[], actor: string | null = null): string {
  let s = '';
  let at = start;
  for (const d of dates) {
    if (d.end <= start || d.start >= end) continue;
    let chunk = text.slice(at, Math.max(at, d.start));
    chunk = chunk.replace(DATE_PREP, '');
    s += chunk + ' ';
    at = Math.max(at, d.end);
  }
  s += text.slice(at, end);
  s = s.replace(/[\u201c\u201d"]/g, '').replace(/\s+/g, ' ').replace(/\s+([,.;:)])/g, '$1').replace(/\(\s*\)/g, '');
  s = s.replace(LEAD, '');
  // A short opening adverbial ("During that trip, ") goes when a longer clause follows it.
  const comma = s.indexOf(', ');
  if (comma > 0 && comma < 40 && s.length - comma > 25 && ADVERBIAL.test(s) && !/\band\b/.test(s.slice(0, comma))) s = s.slice(comma + 2);
  s = s.replace(LEAD, '');
  const words = s.split(' ').filter(Boolean);
  let title = words.slice(0, MAX_WORDS).join(' ');
  title = title.replace(/[\s,;:.\u2014\u2013(-]+$/, '').replace(/\([^)]*$/, '').trim();
  // A clause cut before its next date can end on the conjunction that joined them.
  title = title.replace(/(?:[\s,]+(?:and|or|but|while|then|again|later))+$/i, '').trim();
  if (!title) return text.slice(start, end).trim().slice(0, 80) || 'Event';
  // "his earlier resignation": the clause's actor is the one named just before.
  if (actor && PRONOUN.test(title)) return `${actor}: ${title}`;
  // "... and held joint drills": a clause without its own subject shares the actor before it.
  if (actor && /^\p{Ll}/u.test(title) && !/^(?:the|a|an)\b/.test(title)) return `${actor} ${title}`;
  return title[0].toUpperCase() + title.slice(1);
}

const PRONOUN = /^(?:his|her|its|their|he|she|it|they)\b/i;

/** The name a headline opens with ("Ivan Petrov became ..." -> "Ivan Petrov"), or null. */
export function leadingName(title: string): string | null {
  const m = /^(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|and)\s+)*?\p{Lu}[\p{L}.'’-]*(?=\s+\p{Ll})/u.exec(title);
  return m && !/^(?:The|This|That|These|In|On|A|An)$/.test(m[0]) ? m[0] : null;
}
