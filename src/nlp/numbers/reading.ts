import type { Quantity } from '../../model/facts.ts';
import type { NumberSpan } from '../state.ts';
import type { ClauseSubject } from './clause-subject.ts';

/** What a figure is about, before holder, date and status are added. */
export interface Reading {
  kind: string;
  unit: string | null;
  subject: string | null;
  subjectKey: string | null;
  /** End of the quote: the figure with its counted noun. */
  end: number;
  /** Where the words qualifying the counted noun are ("from the Marshall Center"): a holder may be named there. */
  modifier: { start: number; end: number } | null;
  rule: string;
  confidence: number;
}

/** Where a figure stands: its sentence, the figures around it, the clause subject before it. */
export interface FigureContext {
  sentStart: number;
  limit: number;
  /** Quantities already read in the same sentence. */
  earlier: readonly Quantity[];
  /** The next figure of the sentence, if any. */
  next: NumberSpan | undefined;
  /** The last quantity of the sentence before. */
  before: Quantity | undefined;
  subjectBefore: () => ClauseSubject | null;
  /** "sent by the Chinese side" when a listed verb has the figure as its object. */
  objectVerb: () => string | null;
}
