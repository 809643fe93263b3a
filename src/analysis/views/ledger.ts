import { foldName } from '../../model/names.ts';
import type { LedgerView } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy } from '../common/counts.ts';
import { InvalidInput } from '../../model/errors.ts';
import { refOf } from '../context/entity-index.ts';
import { compareDates, figureOf } from '../context/sources.ts';
import { DocumentTexts } from '../context/texts.ts';

/**
 * Every figure stated about one subject, side by side with its qualifier, date, document and
 * sentence. Competing figures are kept: a group (same kind, unit, date, status) with several values shows them.
 */
export async function ledgerView(store: AtlasStore, subject: string): Promise<LedgerView> {
  const query = foldName(subject ?? '');
  if (!query) throw new InvalidInput('atlas: the ledger needs a subject (a name or words of what is counted)');
  const entities = /^\d+$/.test(subject.trim())
    ? [await store.getEntity(Number(subject))].filter((e) => e !== null)
    : await store.findEntities(subject);
  const ids = new Set(entities.map((e) => e.id));
  const words = new RegExp(`(^| )${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( |$)`);
  const matches = (q: StoredQuantity) =>
    (q.subjectEntity && ids.has(q.subjectEntity.id)) || (q.holderEntity && ids.has(q.holderEntity.id))
    || words.test(foldName(q.subject ?? '')) || words.test(foldName(q.holder ?? ''));
  const found = (await store.quantities({})).filter(matches);
  found.sort((a, b) => (a.kind.localeCompare(b.kind)) || compareDates(a.date, b.date) || a.documentId - b.documentId || a.start - b.start);
  const texts = await new DocumentTexts(store).load(found.map((q) => q.documentId));

  const figures: LedgerView['figures'] = found.map((q) => ({
    ...figureOf(q),
    kind: q.kind,
    holder: q.holderEntity,
    holderText: q.holder,
    status: q.status,
    documentTitle: texts.title(q.documentId),
    sentenceText: texts.sentenceText(q.documentId, q.sentence),
  }));
  const groups = [...groupBy(figures, (f) => [f.kind, f.unit ?? '', f.dateLabel ?? 'undated', f.status ?? '', f.holder?.name ?? f.holderText ?? ''].join(' | '))]
    .map(([k, list]) => {
      const values = [...new Set(list.map((f) => f.value))].sort((a, b) => a - b);
      return { key: k, values, refs: list.map((f) => f.source.ref), competing: values.length > 1 };
    });
  return { query: subject, entities: entities.map(refOf), figures, groups };
}
