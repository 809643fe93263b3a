import type { PageSpan } from '../../model/document.ts';
import { furnitureLines, splitLines } from '../meta/furniture.ts';
import { scanCredits } from '../meta/credits.ts';
import { scanPublication } from '../meta/publication.ts';
import { writtenDateForms } from '../meta/written-date.ts';
import { unwrapLines } from '../meta/unwrap.ts';
import type { PipelineState, PipelineStep } from '../state.ts';

/**
 * What the page says about itself, read before anything else: the publication date (from a stamp,
 * byline, dateline or date line, unless the reader's metadata gave one) and the page spans — stamps
 * and furniture — that every later step must not read as the narrative. Those spans are blanked in
 * `state.text`, and lines the page wrapped mid-sentence joined (same length either way), so offsets
 * stay those of the document.
 */
export const readPageMeta: PipelineStep = {
  id: 'meta',
  run(state: PipelineState) {
    const lines = splitLines(state.original);
    const scan = scanPublication(lines, state.kb.page, writtenDateForms(state.kb.events.dateWords));
    const spans: PageSpan[] = [
      ...scan.stamps.map((s) => ({ start: s.start, end: s.end, rule: s.rule, date: s.date || null })),
      ...furnitureLines(lines, state.kb.page).map((f) => ({ ...f, date: null })),
      ...scanCredits(lines, state.kb.page).map((c) => ({ ...c, date: null })),
    ].sort((a, b) => a.start - b.start);
    if (!state.referenceDate && scan.published) {
      state.referenceDate = scan.published.date;
      state.meta.publishedDate = scan.published.date;
      state.meta.publishedRule = scan.published.rule;
      state.meta.publishedSpan = { start: scan.published.start, end: scan.published.end };
    }
    state.meta.pageSpans = spans;
    // Credits name who wrote and published the page: shown, and still read for the names they hold.
    state.text = unwrapLines(blank(state.original, spans.filter((s) => !CREDIT_RULES.has(s.rule))));
  },
};

const CREDIT_RULES = new Set(['meta.author', 'meta.publisher']);

/** The text with every span's characters but line breaks replaced by spaces. */
function blank(text: string, spans: readonly PageSpan[]): string {
  if (!spans.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    parts.push(text.slice(at, from), text.slice(from, s.end).replace(/[^\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
