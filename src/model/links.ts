import { z } from 'zod';
import { TypeName } from './facts.ts';
import { Evidence } from './provenance.ts';
import { StoredEvidence } from './views.ts';

/**
 * A link is what the text says about facts it already holds: that two figures are one amount in two
 * currencies, that figures are parts of a stated total, that a figure went from one value to another,
 * that a share is an outcome of a cohort, or a cue on one fact (its money category, that a personnel
 * figure counts a contingent rather than a whole force). Analyses read these instead of the text.
 */
export const LinkEndKind = z.enum(['quantity', 'event', 'mention']);
export type LinkEndKind = z.infer<typeof LinkEndKind>;

/** In an extraction, an index into the extraction's quantities, events or mentions. */
export const LinkEnd = z.object({ kind: LinkEndKind, index: z.number().int().nonnegative() });
export type LinkEnd = z.infer<typeof LinkEnd>;

export const FactLink = Evidence.extend({
  /** What the link states (the list is schema/link-types.json). */
  type: TypeName,
  from: LinkEnd,
  /** The other fact, or null for a cue on one fact. */
  to: LinkEnd.nullable(),
  /** A word-valued detail: a category id, a currency code, an outcome kind. */
  value: z.string().nullable(),
  /** A number-valued detail: a stated multiple, a year. */
  number: z.number().nullable(),
});
export type FactLink = z.infer<typeof FactLink>;

/** In the store, a link's ends are stored fact ids. */
export const StoredLinkEnd = z.object({ kind: LinkEndKind, id: z.number().int() });
export type StoredLinkEnd = z.infer<typeof StoredLinkEnd>;

export const StoredLink = StoredEvidence.extend({
  type: TypeName,
  from: StoredLinkEnd,
  to: StoredLinkEnd.nullable(),
  value: z.string().nullable(),
  number: z.number().nullable(),
});
export type StoredLink = z.infer<typeof StoredLink>;
