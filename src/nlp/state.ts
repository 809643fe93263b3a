import type { PartialDate } from '../model/date.ts';
import type { DocumentMeta } from '../model/document.ts';
import type { Claim, Entity, Event, Mention, Quantity, Relation } from '../model/facts.ts';
import type { Sentence } from '../model/provenance.ts';
import type { FactLink } from '../model/links.ts';
import type { Knowledge } from './knowledge/knowledge.ts';

/** A token with its character offsets in the document text and wink-nlp's universal POS tag. */
export interface Token {
  start: number;
  end: number;
  text: string;
  pos: string;
  sentence: number;
}

/** A number as written ("about 12,000", "25 billion Tenge", "one-third", "17–20", "100-fold"). */
export interface NumberSpan {
  start: number;
  end: number;
  quote: string;
  sentence: number;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Quantity['qualifier'];
  /** 'percent', an ISO currency code (KZT, USD...), 'fold', or null for a bare count. */
  unit: string | null;
  /** True when the number is better read as a calendar year (1994, 2008). */
  isYear: boolean;
  rule: string;
}

/** A date expression with what it resolves to; relative ones ("that same year") are resolved from context. */
export interface DateSpan {
  start: number;
  end: number;
  quote: string;
  sentence: number;
  date: PartialDate;
  /** The expression only makes sense with context ("in February", "the following year"). */
  relative: boolean;
  rule: string;
}

/**
 * The working state of one document's extraction. Steps run in the order of pipeline.ts; each
 * reads what earlier steps left and adds its own part. Everything is plain data.
 */
export interface PipelineState {
  text: string;
  /** ISO date of publication when known; relative dates without context resolve against it. */
  referenceDate: string | null;
  /** The document's own metadata, read first: publication date and the page spans masked from `text`. */
  meta: DocumentMeta;
  /** The text as given; `text` is this with page spans blanked (same length, same line breaks). */
  original: string;
  kb: Knowledge;
  sentences: Sentence[];
  tokens: Token[];
  /** Entities by key. */
  entities: Map<string, Entity>;
  mentions: Mention[];
  numbers: NumberSpan[];
  dates: DateSpan[];
  quantities: Quantity[];
  events: Event[];
  relations: Relation[];
  claims: Claim[];
  /** Links between the facts above (the last step); absent before it runs. */
  links?: FactLink[];
}

export interface PipelineStep {
  /** Short id, also the prefix of the rule ids the step emits. */
  id: string;
  run(state: PipelineState): void;
}
