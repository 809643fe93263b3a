import { perDocumentDerivation } from '../context/derivations.ts';
import { foldName } from '../../model/names.ts';
import type { LedgerView } from '../../model/analysis.ts';
import type { StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy } from '../common/counts.ts';
import { InvalidInput } from '../../model/errors.ts';
import { refOf } from '../context/entity-index.ts';
import { compareDates, figureOf } from '../context/sources.ts';
import { DisplayText } from '../context/display-text.ts';
import { loadContext } from '../context/context.ts';

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
  const ctx = await loadContext(store);
  // Every figure's subject and holder folded once per document version, not per request.
  const folded = await ctx.loads.perDocument(FOLDED);
  const found = folded.flat().filter(({ q, subject: s, holder: h }) =>
    (q.subjectEntity && ids.has(q.subjectEntity.id)) || (q.holderEntity && ids.has(q.holderEntity.id)) || words.test(s) || words.test(h)).map(({ q }) => q);
  found.sort((a, b) => (a.kind.localeCompare(b.kind)) || compareDates(a.date, b.date) || a.documentId - b.documentId || a.start - b.start);
  const display = await new DisplayText(store).load(found);
  const links = ctx.links;

  const figures: LedgerView['figures'] = found.map((q) => ({
    ...figureOf(q),
    kind: q.kind,
    holder: q.holderEntity,
    holderText: q.holder,
    status: q.status,
    documentTitle: display.title(q.documentId),
    sentenceText: display.sentenceText(q.documentId, q.sentence),
  }));
  // One measure per group: what is counted, whose, of which kind and unit, at one date. The two ends of a
  // stated change ("cut from X to Y", "doubled"), a part and its total, or an amount and its
  // equivalent are related figures, never competing ones.
  const byId = new Map(found.map((q) => [q.id, q]));
  // The first figure of each id, as a search of the list found it: looked up per group, not searched.
  const figureById = new Map<number, LedgerView['figures'][number]>();
  for (const f of figures) if (!figureById.has(f.source.id)) figureById.set(f.source.id, f);
  const related = new Set<number>();
  for (const type of ['before_after', 'multiple_of', 'part_of', 'equivalent', 'relative_year']) {
    for (const l of links.ofType(type)) {
      if (l.from.kind === 'quantity' && byId.has(l.from.id)) related.add(l.from.id);
      if (l.to?.kind === 'quantity' && byId.has(l.to.id)) related.add(l.to.id);
    }
  }
  const measure = (q: StoredQuantity) => q.subjectEntity ? `#${q.subjectEntity.id}` : foldName(q.subject ?? '').replace(/(?<=[a-z]{3})s$/, '');
  const groups = [...groupBy(found, (q) => [q.kind, q.unit ?? '', q.date ? q.date.start + '/' + q.date.end : 'undated', foldName(q.status ?? ''), q.holderEntity ? `#${q.holderEntity.id}` : foldName(q.holder ?? ''), measure(q)].join('|'))]
    .map(([k, list]) => {
      const values = [...new Set(list.map((q) => q.value))].sort((a, b) => a - b);
      const first = list[0];
      const label = [first.subjectEntity?.name ?? first.subject ?? first.kind, first.holderEntity?.name ?? first.holder, first.unit, first.status, figureById.get(first.id)?.dateLabel ?? 'undated']
        .filter(Boolean).join(' · ');
      const competing = values.length > 1 && list.some((q) => !related.has(q.id)) && !!(first.subject || first.subjectEntity);
      return { key: k, values, refs: list.map((q) => figureOf(q).source.ref), competing, label }; // the schema's order: sent as is
    });
  return { query: subject, entities: entities.map(refOf), figures, groups };
}

const FOLDED = perDocumentDerivation('ledger.folded', (d) =>
  d.quantities.map((q) => ({ q, subject: foldName(q.subject ?? ''), holder: foldName(q.holder ?? '') })));
