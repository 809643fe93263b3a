import type { StoredMention, StoredQuantity } from '../../model/views.ts';
import type { DocumentTexts } from '../context/texts.ts';
import { analysisLexicon, hasWord } from './lexicon.ts';

/**
 * Whether a personnel figure states the strength of a force, not people trained, housed, paid,
 * counted in a ratio or named by a post ("four ministers"): those belong to other views.
 */
export function isStrength(q: StoredQuantity, texts: DocumentTexts): boolean {
  const lex = analysisLexicon();
  if (q.unit && lex.notForceUnits.some((u) => u.toLowerCase() === q.unit!.toLowerCase())) return false;
  return !hasWord(texts.sentenceText(q.documentId, q.sentence) ?? q.quote, lex.strengthExcludeWords);
}

/**
 * The holder a figure keeps after a clause check: a holder named only in an earlier clause of the
 * sentence ("X was created, and the number of Y rose to 12,000") does not hold the figure.
 */
export function holderInClause(q: StoredQuantity, mentions: StoredMention[], texts: DocumentTexts): StoredQuantity['holderEntity'] {
  if (!q.holderEntity) return null;
  const here = mentions.filter((m) => m.entity.id === q.holderEntity!.id && m.documentId === q.documentId && m.sentence === q.sentence);
  if (!here.length) return q.holderEntity;
  const breakRe = new RegExp(analysisLexicon().clauseBreak, 'i');
  const sameClause = here.some((m) => (m.start >= q.end ? !breakRe.test(texts.between(q.documentId, q.end, m.start)) : !breakRe.test(texts.between(q.documentId, m.end, q.start))));
  return sameClause ? q.holderEntity : null;
}
