import type { Claim } from '../../model/facts.ts';
import type { DateSpan, PipelineState } from '../state.ts';
import type { ClaimCues } from './cues.ts';
import type { QuoteRange } from './quote-ranges.ts';
import { mentionBefore, speakerMentions } from './speaker.ts';

/** Fewer words than this is a scare quote (“modern”, “ready”), not a statement. */
const MIN_WORDS = 5;

/**
 * Quoted statements with their speaker: the person or organization named right after the quote
 * beside a speech verb ("...,” Ivanov announced), else the nearest one before the quote in its
 * own or the previous sentence. Dated like the saying: a date outside the quotation in its
 * sentence, else "this year" inside it, else the last date just before it in the paragraph.
 */
export function quoteClaims(state: PipelineState, quotes: readonly QuoteRange[], cues: ClaimCues, attributions: readonly Claim[] = []): Claim[] {
  const out: Claim[] = [];
  for (const q of quotes) {
    const inner = state.text.slice(q.start + 1, q.end - 1).trim();
    if (inner.split(/\s+/).length < MIN_WORDS) continue;
    const first = firstSentenceEndingAfter(state.sentences, q.start);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < state.sentences.length && state.sentences[last + 1].start < q.end) last++;
    const lastSentence = state.sentences[last];
    const after = speakerAfter(state, q, lastSentence.end, cues);
    const prev = state.sentences[Math.max(0, first - 1)];
    // "Petrov also noted that ... “a new era ...”": the quotation is part of an attributed clause.
    const attributed = attributions.find((a) => a.sourceKey && a.sentence === first && a.start <= q.start);
    const before = attributed ? state.mentions.find((m) => m.entityKey === attributed.sourceKey) ?? null : mentionBefore(state, prev.start, q.start);
    const speaker = after ?? before;
    out.push({
      start: q.start, end: q.end, quote: state.text.slice(q.start, q.end), sentence: first,
      rule: after ? 'claims.quote-after' : before ? 'claims.quote-before' : 'claims.quote-unattributed',
      confidence: after ? 0.85 : before ? 0.65 : 0.4,
      kind: 'quote',
      sourceKey: speaker?.entityKey ?? null,
      text: inner,
      date: sayingDate(state, q, first, last)?.date ?? null,
    });
  }
  return out;
}

// "...,” Ivanov announced." / "...,” said the minister X."
function speakerAfter(state: PipelineState, q: QuoteRange, sentenceEnd: number, cues: ClaimCues) {
  const tail = state.text.slice(q.end, Math.max(q.end, sentenceEnd));
  if (!cues.quoteVerb.test(tail.slice(0, 60))) return null;
  return speakerMentions(state, q.end, q.end + 60).find((m) => m.end <= sentenceEnd) ?? null;
}

function sayingDate(state: PipelineState, q: QuoteRange, first: number, last: number): DateSpan | null {
  const inSentences = state.dates.filter((d) => d.sentence >= first && d.sentence <= last);
  const outside = inSentences.filter((d) => d.end <= q.start || d.start >= q.end);
  if (outside.length) return outside[0];
  const spoken = inSentences.find((d) => d.start > q.start && d.end < q.end && /^this\b/i.test(d.quote));
  if (spoken) return spoken;
  const earlier = state.dates.filter((d) => d.sentence < first && d.sentence >= first - 2);
  return earlier.at(-1) ?? null;
}

/** Index of the first sentence that ends after `at` (sentences in order), or -1: a binary search per quotation. */
function firstSentenceEndingAfter(sentences: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo < sentences.length ? lo : -1;
}
