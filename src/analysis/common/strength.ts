import type { StoredQuantity } from '../../model/views.ts';
import type { LinkIndex } from '../context/links.ts';
import { analysisLexicon } from './lexicon.ts';

/**
 * Whether a personnel figure states the strength of a force, not people trained, housed, paid,
 * counted in a ratio or named by a post ("four ministers"): the extraction's cue strength_excluded
 * says the sentence is about something else.
 */
export function isStrength(q: StoredQuantity, links: LinkIndex): boolean {
  const lex = analysisLexicon();
  if (q.unit && lex.notForceUnits.some((u) => u.toLowerCase() === q.unit!.toLowerCase())) return false;
  return !links.has('quantity', q.id, 'strength_excluded');
}

/** A whole force's strength: not a contingent, a category (contract servicemen, engineers), or a part. */
export function isWholeForce(q: StoredQuantity, links: LinkIndex): boolean {
  return links.has('quantity', q.id, 'whole_force') && !links.from('quantity', q.id, 'part_of').length;
}

/**
 * The holder a figure keeps: a holder named only in an earlier clause of the sentence ("X was
 * created, and the number of Y rose to 12,000") does not hold the figure (cue holder_other_clause).
 */
export function holderInClause(q: StoredQuantity, links: LinkIndex): StoredQuantity['holderEntity'] {
  if (!q.holderEntity) return null;
  return links.has('quantity', q.id, 'holder_other_clause') ? null : q.holderEntity;
}
