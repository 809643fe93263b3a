import type { Claim } from '../../model/facts.ts';
import type { PipelineState } from '../state.ts';
import { attributionClaims } from './attributions.ts';
import { compileClaimCues } from './cues.ts';
import { quoteClaims } from './quote-claims.ts';
import { quoteRanges } from './quote-ranges.ts';

/** Quoted statements and attributed assessments, in text order. */
export function findClaims(state: PipelineState): Claim[] {
  const cues = compileClaimCues(state.kb.events.cues);
  const quotes = quoteRanges(state.text);
  const attributions = attributionClaims(state, cues);
  const all = [...quoteClaims(state, quotes, cues, attributions), ...attributions];
  return all.sort((a, b) => a.start - b.start || a.end - b.end);
}
