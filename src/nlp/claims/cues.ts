import type { EventCues } from '../knowledge/events.ts';
import { escapeRe } from '../dates/lexicon.ts';

export interface ClaimCues {
  /** "According to X," at the start of a clause. */
  prefix: RegExp;
  /** "as X notes," — X sits between "as" and the verb. */
  asVerb: RegExp;
  /** "X notes that ..." — the verb and its "that". */
  thatVerb: RegExp;
  /** A speech verb right after or before a quotation ("..., Ivanov announced"). */
  quoteVerb: RegExp;
}

const cache = new WeakMap<EventCues, ClaimCues>();
const alt = (list: readonly string[]) => (list.length ? [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|') : '(?!)');

export function compileClaimCues(c: EventCues): ClaimCues {
  const hit = cache.get(c);
  if (hit) return hit;
  const a = c.attribution;
  const compiled: ClaimCues = {
    prefix: new RegExp(`\\b(?:${alt(a.prefixes)})\\s+`, 'gi'),
    asVerb: new RegExp(`\\b[Aa]s\\s+((?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s+){1,4}?|(?:he|she|they)\\s+)(?:also\\s+)?(?:${alt(a.asVerbs)})\\b\\s*,?`, 'gu'),
    thatVerb: new RegExp(`\\b(?:also\\s+)?(?:${alt(a.thatVerbs)})\\s+that\\b`, 'gi'),
    quoteVerb: new RegExp(`\\b(?:${alt(c.quoteVerbs)})\\b`, 'i'),
  };
  cache.set(c, compiled);
  return compiled;
}
