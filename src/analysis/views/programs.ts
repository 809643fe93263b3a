import { perDocumentDerivation } from '../context/derivations.ts';
import { labelPartialDate } from '../../model/date.ts';
import type { ProgramsView } from '../../model/analysis.ts';
import type { EntityRef, StoredEvent, StoredMention } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy } from '../common/counts.ts';
import { kindOf } from '../context/countries.ts';
import { loadContext, type AnalysisContext } from '../context/context.ts';
import { refOf } from '../context/entity-index.ts';
import { compareDates, eref, sourceOf, dateLabel } from '../context/sources.ts';
import { listAfter } from '../common/lists.ts';

type Program = ProgramsView['programs'][number];

/**
 * Named agreements, plans, programs and exercises: who takes part (participants of their events and
 * countries/organizations named in those sentences), when (events, stated periods), and the elements
 * a document lists for them after a colon.
 */
export async function programsView(store: AtlasStore): Promise<ProgramsView> {
  const ctx = await loadContext(store);
  const programs = ctx.index.entities.filter((e) => e.type === 'PROGRAM');
  const events = await ctx.loads.events();
  // What each document says of programs, derived once per document version: its program mentions,
  // its figures in years, and the mentions in the sentences of its events with a program taking part.
  const perDocument = await ctx.loads.perDocument(PROGRAM_FACTS);
  const programMentions = groupBy(perDocument.flatMap((r) => r.programMentions), (m) => m.entity.id);
  const yearFigures = perDocument.flatMap((r) => r.yearFigures);
  // Indexed once: filtering all events and figures for each program was programs × events.
  const eventsOf = new Map<number, StoredEvent[]>();
  for (const e of events) {
    for (const id of new Set(e.participants.map((x) => x.id))) {
      const list = eventsOf.get(id);
      if (list) list.push(e);
      else eventsOf.set(id, [e]);
    }
  }
  // Only the sentences of programs' events are read for parties (a participant's type is its entity's); sentence keys name their document.
  const mentionsBySentence = new Map(perDocument.flatMap((r) => [...r.mentionsBySentence]));
  const yearFigureIndex = new Map(yearFigures.map((q, i) => [q, i]));
  const figuresBySentence = groupBy(yearFigures, sentenceKey);

  const out: Program[] = programs.map((p) => {
    const own = [...(eventsOf.get(p.id) ?? [])].sort((a, b) => compareDates(a.date, b.date));
    const seen = programMentions.get(p.id) ?? [];
    const sentences = new Set(seen.map(sentenceKey));
    // In the order of the store's list, as filtering it gave.
    const figures = [...sentences].flatMap((k) => figuresBySentence.get(k) ?? []).sort((a, b) => yearFigureIndex.get(a)! - yearFigureIndex.get(b)!);
    const periods = [
      ...own.filter((e) => e.date.precision === 'interval').map((e) => ({ label: labelPartialDate(e.date), source: sourceOf('event', e) })),
      ...figures.map((q) => ({ label: `${q.value} ${q.value === 1 ? 'year' : 'years'}`, source: sourceOf('quantity', q) })),
    ];
    return {
      program: refOf(p),
      kind: kindOf(p),
      parties: partiesOf(p.id, own, mentionsBySentence, ctx),
      events: own.map((e) => ({ ref: eref(e), date: e.date, label: labelPartialDate(e.date), type: e.type, title: e.title, source: sourceOf('event', e) })),
      first: { date: own[0]?.date ?? null, label: dateLabel(own[0]?.date ?? null) },
      last: { date: own.at(-1)?.date ?? null, label: dateLabel(own.at(-1)?.date ?? null) },
      periods,
      elements: seen.flatMap((m) => listAfter(ctx.links, m.id)),
      mentionCount: p.mentionCount,
    };
  });
  out.sort((a, b) => compareDates(a.first.date, b.first.date) || b.mentionCount - a.mentionCount || a.program.name.localeCompare(b.program.name));
  return { programs: out };
}

/** A number per sentence of the store (documents have far fewer than a million sentences). */
const sentenceKey = (f: { documentId: number; sentence: number }) => f.documentId * 1_000_000 + f.sentence;

function partiesOf(programId: number, events: StoredEvent[], bySentence: Map<number, StoredMention[]>, ctx: AnalysisContext): EntityRef[] {
  const out = new Map<number, EntityRef>();
  const add = (ref: EntityRef) => {
    const e = ctx.index.get(ref.id);
    if (!e || e.id === programId) return;
    if (e.type === 'ORG' || (e.type === 'PLACE' && ctx.countries.isCountry(e))) out.set(e.id, refOf(e));
  };
  for (const ev of events) {
    ev.participants.filter((p) => p.role !== 'location').forEach(add);
    for (const m of bySentence.get(sentenceKey(ev)) ?? []) add(m.entity);
  }
  return [...out.values()];
}

const PROGRAM_FACTS = perDocumentDerivation('programs', (d) => {
  const partySentences = new Set(d.events.filter((e) => e.participants.some((x) => x.type === 'PROGRAM')).map(sentenceKey));
  return {
    programMentions: d.mentions.filter((m) => m.entity.type === 'PROGRAM'),
    yearFigures: d.quantities.filter((q) => /^years?$/i.test(q.unit ?? '') && q.kind !== 'money'),
    mentionsBySentence: groupBy(d.mentions.filter((m) => partySentences.has(sentenceKey(m))), sentenceKey),
  };
});
