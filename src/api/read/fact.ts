import { describeRemoval, type RemovedFact } from '../../model/identity.ts';
import type { AtlasStore } from '../../store/store.ts';
import { InvalidInput, NotFound } from '../../model/errors.ts';
import { formatFactRef, parseFactRef } from '../../model/views.ts';
import type { FactExplanation } from '../schemas/facts.ts';
import { publicDocument } from './public-document.ts';

/** A live fact's explanation, or what became of a removed one; NotFound when the store never had it. */
export async function lookUpFact(store: AtlasStore, refText: string): Promise<{ explanation: FactExplanation } | { removed: RemovedFact }> {
  const ref = parseFactRef(refText);
  if (!ref) throw new InvalidInput(`expected a fact reference like q12, m3, e7, r2 or c1, found "${refText}"`);
  if (await store.getFact(ref)) return { explanation: await explainFact(store, refText) };
  const removed = await store.removedFact(ref);
  if (removed) return { removed };
  throw new NotFound(`no ${ref.kind} with id ${ref.id}`);
}

/** One fact with the rule that found it, its exact span, its sentence and its document. */
export async function explainFact(store: AtlasStore, refText: string): Promise<FactExplanation> {
  const ref = parseFactRef(refText);
  if (!ref) throw new InvalidInput(`expected a fact reference like q12, m3, e7, r2 or c1, found "${refText}"`);
  const found = await store.getFact(ref);
  if (!found) {
    const removed = await store.removedFact(ref);
    throw new NotFound(removed ? describeRemoval(removed) : `no ${ref.kind} with id ${ref.id}`);
  }
  const { documentId, sentence: index } = found.fact;
  const [document, sentence] = await Promise.all([store.getDocument(documentId), store.sentence(documentId, index)]);
  if (!document || !sentence) throw new NotFound(`the document of ${formatFactRef(ref)} is gone`);
  const { text: _text, sentences: _sentences, ...summary } = document;
  return { ref: formatFactRef(ref), fact: found, sentence: { index, ...sentence }, document: publicDocument(summary) };
}
