import { allMatches } from '../all-matches.ts';
import type { Claim, Mention } from '../../model/facts.ts';
import type { PipelineState } from '../state.ts';
import type { ClaimCues } from './cues.ts';
import { mentionAt, speakerMentions } from './speaker.ts';

/**
 * Assessments attributed to a source: "According to X, <clause>", "as X notes, <clause>",
 * "X notes that <clause>". The text is the attributed clause; the source the entity X names
 * (null when X is not a recognized entity).
 */
export function attributionClaims(state: PipelineState, cues: ClaimCues): Claim[] {
  const out: Claim[] = [];
  const { text } = state;
  for (const s of state.sentences) {
    const body = text.slice(s.start, s.end);
    const prefixes = allMatches(cues.prefix, body);
    const asVerbs = allMatches(cues.asVerb, body);
    const thatVerbs = cues.hasThat.test(body) ? allMatches(cues.thatVerb, body) : [];
    // Most sentences cite no one.
    if (!prefixes.length && !asVerbs.length && !thatVerbs.length) continue;
    const seen = new Set<number>();
    const push = (at: number, source: Mention | null, from: number, rule: string) => {
      if (seen.has(at)) return;
      const claimText = text.slice(from, s.end).replace(/^[\s,;:]+/, '').trim();
      if (claimText.split(/\s+/).length < 3) return;
      seen.add(at);
      out.push({
        start: s.start, end: s.end, quote: body, sentence: s.index, rule,
        confidence: source ? 0.8 : 0.5, kind: 'attribution', sourceKey: source?.entityKey ?? null,
        text: claimText, date: null,
      });
    };
    for (const m of prefixes) {
      const at = s.start + m.index + m[0].length;
      const comma0 = text.indexOf(',', at);
      const source = mentionAt(state, at, 24);
      // "built according to old models": without a named source before a comma it is no attribution.
      if (source && comma0 >= 0 && source.start > comma0) continue;
      if (!source && !/^(?:the\s+)?\p{Lu}[^,:]{0,60},/u.test(text.slice(at, s.end))) continue;
      if (/:\s*$/.test(text.slice(at, s.end + 1)) && !text.slice(at, s.end).includes(',')) continue;
      // The attributed clause follows the comma that closes "According to X".
      const comma = text.indexOf(',', source ? source.end : at);
      const from = comma >= 0 && comma < s.end && comma - at < 80 ? comma + 1 : at;
      // "..., according to Smith, can only ...": the clause is the whole sentence.
      push(at, source, m.index > 3 ? s.start : from, 'claims.according-to');
    }
    for (const m of asVerbs) {
      const at = s.start + m.index;
      const source = speakerMentions(state, at, at + m[0].length).at(0) ?? null;
      const from = s.start + m.index + m[0].length;
      push(at, source, m.index > 3 && body.slice(m.index + m[0].length).trim().length < 20 ? s.start : from, 'claims.as-source-says');
    }
    for (const m of thatVerbs) {
      const at = s.start + m.index;
      const source = subjectBefore(state, s.start, at);
      if (!source) continue;
      push(at, source, at + m[0].length, 'claims.source-says-that');
    }
  }
  return out;
}

/** The subject of "X notes that": the entity right before the verb, or a person before an appositive ("Petrov, head of X, argued"). */
function subjectBefore(state: PipelineState, from: number, at: number): Mention | null {
  const list = speakerMentions(state, from, at);
  const adjacent = list.filter((x) => at - x.end <= 12).at(-1) ?? null;
  const person = list.find((x) => state.entities.get(x.entityKey)?.type === 'PERSON' && /^,[^,]{3,90},\s*(?:also\s+)?$/.test(state.text.slice(x.end, at)));
  return person ?? adjacent;
}
