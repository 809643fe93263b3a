import type { AtlasStore } from '../../store/store.ts';
import { formatFactRef } from '../../model/views.ts';
import { NotFound } from '../../model/errors.ts';
import type { DocumentDetail, Highlight } from '../schemas/documents.ts';
import { quantityLabel } from './labels.ts';
import { publicDocument } from './public-document.ts';

// Facts of one document: the reader shows them all, so the cap only guards against runaway stores.
const ALL = 100_000;

/** The document's text with every mention, quantity and event as a highlight the reader colour-keys. */
export async function documentDetail(store: AtlasStore, id: number): Promise<DocumentDetail> {
  const doc = await store.getDocument(id);
  if (!doc) throw new NotFound(`no document with id ${id}`);
  const [mentions, quantities, events] = await Promise.all([
    store.mentions({ documentId: id, limit: ALL }),
    store.quantities({ documentId: id, limit: ALL }),
    store.events({ documentId: id, limit: ALL }),
  ]);
  const highlights: Highlight[] = [
    ...mentions.map((m) => ({
      ref: formatFactRef({ kind: 'mention', id: m.id }), kind: 'mention' as const, type: m.entity.type,
      start: m.start, end: m.end, sentence: m.sentence, quote: m.quote, label: m.entity.name, entity: m.entity, rule: m.rule,
    })),
    ...quantities.map((q) => ({
      ref: formatFactRef({ kind: 'quantity', id: q.id }), kind: 'quantity' as const, type: q.kind,
      start: q.start, end: q.end, sentence: q.sentence, quote: q.quote, label: quantityLabel(q),
      entity: q.subjectEntity ?? q.holderEntity ?? null, rule: q.rule,
    })),
    ...events.map((e) => ({
      ref: formatFactRef({ kind: 'event', id: e.id }), kind: 'event' as const, type: e.type,
      start: e.start, end: e.end, sentence: e.sentence, quote: e.quote, label: e.title, entity: null, rule: e.rule,
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...publicDocument(doc), highlights };
}
