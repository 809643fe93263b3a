import type { Extraction } from '../model/document.ts';
import type { Knowledge } from './knowledge/knowledge.ts';
import type { PipelineState, PipelineStep } from './state.ts';
import { readPageMeta } from './steps/00-page-meta.ts';
import { segment } from './steps/01-segment.ts';
import { recognizeEntities } from './steps/02-entities.ts';
import { resolveEntities } from './steps/03-resolve.ts';
import { recognizeNumbers } from './steps/04-numbers.ts';
import { recognizeDates } from './steps/05-dates.ts';
import { bindQuantities } from './steps/06-quantities.ts';
import { detectEvents } from './steps/07-events.ts';
import { relateEntities } from './steps/08-relations.ts';
import { attributeClaims } from './steps/09-claims.ts';
import { linkFacts } from './steps/10-links.ts';

/** The ordered steps: page metadata -> segment -> recognize -> resolve -> relate. Each step reads what the earlier ones left. */
export const STEPS: readonly PipelineStep[] = [
  readPageMeta,
  segment,
  recognizeEntities,
  resolveEntities,
  recognizeNumbers,
  recognizeDates,
  bindQuantities,
  detectEvents,
  relateEntities,
  attributeClaims,
  linkFacts,
];

export const EXTRACTOR_VERSION = '0.1.0';

export function newState(text: string, kb: Knowledge, referenceDate: string | null = null): PipelineState {
  return {
    text, original: text, referenceDate, kb,
    meta: { publishedDate: referenceDate, publishedRule: referenceDate ? 'given' : null, publishedSpan: null, pageSpans: [] },
    sentences: [], tokens: [], entities: new Map(), mentions: [], numbers: [], dates: [],
    quantities: [], events: [], relations: [], claims: [],
  };
}

/** Runs steps over a state; tests use it to run a prefix of the pipeline. */
export function runSteps(state: PipelineState, steps: readonly PipelineStep[] = STEPS): PipelineState {
  for (const step of steps) step.run(state);
  return state;
}

// A title read from blanked text keeps the blanks' runs of spaces: closed up, in place like the quotes.
function tidyTitle(e: Extraction['events'][number]): Extraction['events'][number] {
  e.title = e.title.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:])/g, '$1');
  return e;
}

/** Extracts everything the pipeline knows how to find in one normalized text. */
export function extract(text: string, kb: Knowledge, opts: { referenceDate?: string | null } = {}): Extraction {
  const s = runSteps(newState(text, kb, opts.referenceDate ?? null));
  // Only entities that something in the text points at are kept.
  const used = new Set<string>(s.mentions.map((m) => m.entityKey));
  // Steps read the text with page spans blanked; a fact's quote is what the document says at its offsets.
  // The state is this call's own, so its facts are set in place: copying each one cost more than the rest of this function.
  const blanked = s.text !== s.original;
  const restore = <T extends { start: number; end: number; quote: string }>(facts: T[]): T[] => {
    if (blanked) for (const f of facts) f.quote = s.original.slice(f.start, f.end);
    return facts;
  };
  return {
    meta: s.meta,
    sentences: s.sentences,
    entities: [...s.entities.values()].filter((e) => used.has(e.key)),
    mentions: restore(s.mentions),
    quantities: restore(s.quantities),
    events: blanked ? restore(s.events).map(tidyTitle) : s.events,
    relations: restore(s.relations),
    claims: restore(s.claims),
    links: restore(s.links ?? []),
  };
}
