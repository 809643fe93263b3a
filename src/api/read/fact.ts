import type { AtlasStore } from '../../store/store.ts';
import { InvalidInput, NotFound } from '../../model/errors.ts';
import { formatFactRef, parseFactRef } from '../../model/views.ts';
import type { FactExplanation } from '../schemas/facts.ts';
import { publicDocument } from './public-document.ts';

/** One fact with the rule that found it, its exact span, its sentence and its document. */
export async function explainFact(store: AtlasStore, refText: string): Promise<FactExplanation> {
  const ref = parseFactRef(refText);
  if (!ref) throw new InvalidInput(`expected a fact reference like q12, m3, e7, r2 or c1, found "${refText}"`);
  const found = await store.getFact(ref);
  if (!found) throw new NotFound(`no ${ref.kind} with id ${ref.id}`);
  const { documentId, sentence: index } = found.fact;
  const [document, sentence] = await Promise.all([store.getDocument(documentId), store.sentence(documentId, index)]);
  if (!document || !sentence) throw new NotFound(`the document of ${formatFactRef(ref)} is gone`);
  const { text: _text, sentences: _sentences, ...summary } = document;
  return { ref: formatFactRef(ref), fact: found, sentence: { index, ...sentence }, document: publicDocument(summary) };
}
