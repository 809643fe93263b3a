import type { EventCues } from '../knowledge/events.ts';
import { phraseAlternation } from '../dates/alternation.ts';

export interface ClaimCues {
  /** "According to X," at the start of a clause. */
  prefix: RegExp;
  /** "as X notes," — X sits between "as" and the verb. */
  asVerb: RegExp;
  /** "X notes that ..." — the verb and its "that". */
  thatVerb: RegExp;
  /** The " that" every `thatVerb` match ends with: a cheap test that spares most sentences the long one. */
  hasThat: RegExp;
  /** A speech verb right after or before a quotation ("..., Ivanov announced"). */
  quoteVerb: RegExp;
}

const cache = new WeakMap<EventCues, ClaimCues>();
const alt = (list: readonly string[], ignoreCase: boolean) => (list.length ? phraseAlternation(list, { ignoreCase }) : '(?!)');

export function compileClaimCues(c: EventCues): ClaimCues {
  const hit = cache.get(c);
  if (hit) return hit;
  const a = c.attribution;
  const compiled: ClaimCues = {
    prefix: new RegExp(`\\b(?:${alt(a.prefixes, true)})\\s+`, 'gi'),
    asVerb: new RegExp(`\\b[Aa]s\\s+((?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s+){1,4}?|(?:he|she|they)\\s+)(?:also\\s+)?(?:${alt(a.asVerbs, false)})\\b\\s*,?`, 'gu'),
    thatVerb: new RegExp(`\\b(?:also\\s+)?(?:${alt(a.thatVerbs, true)})\\s+that\\b`, 'gi'),
    hasThat: /\sthat\b/i,
    quoteVerb: new RegExp(`\\b(?:${alt(c.quoteVerbs, true)})\\b`, 'i'),
  };
  cache.set(c, compiled);
  return compiled;
}
