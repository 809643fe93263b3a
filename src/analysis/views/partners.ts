import { labelPartialDate, yearOf } from '../../model/date.ts';
import { foldName } from '../../model/names.ts';
import type { PartnersView } from '../../model/analysis.ts';
import type { EntityRef, StoredEvent } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { countBy, groupBy, round } from '../common/counts.ts';
import { cooperationCode, VectorMatcher, vectorsFile } from '../common/vectors.ts';
import { loadContext, resolveCountry, type AnalysisContext } from '../context/context.ts';
import { refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { cooperationStatements, rollUp, type Statement } from '../common/partner-statements.ts';
import { compareDates, eref, sourceOf } from '../context/sources.ts';

export interface PartnersParams { country?: string }

// Where an event happened is not who the country cooperated with; equipment is not a partner.
const PARTNER_ROLES = new Set(['actor', 'partner', 'target', 'subject']);
const PARTNER_TYPES = new Set(['PLACE', 'ORG', 'PROGRAM', 'PERSON']);

type PartnerRef = EntityRef & { vector: string };
const HOSTED = new Set(['train_educate', 'exercise']);
interface PartnerEntry { partner: PartnerRef; rows: PartnersView['events']; via: Map<number, EntityRef>; statements: Statement[] }

/**
 * Cooperation of one country by partner, vector and year: every event with a foreign participant,
 * coded by kind of cooperation, counted per vector per year with a balance index; every cell lists its events.
 */
export async function partnersView(store: AtlasStore, params: PartnersParams = {}): Promise<PartnersView> {
  const ctx = await loadContext(store);
  const country = resolveCountry(ctx, params.country);
  const scope = new CountryScope(ctx, country);
  const matcher = new VectorMatcher();
  const file = vectorsFile();
  // A copy: the whole-store list is shared by the views of this store generation.
  const events = [...await ctx.loads.events()];
  events.sort((a, b) => compareDates(a.date, b.date) || a.id - b.id);

  const rows: PartnersView['events'] = [];
  const byHappening = new Map<string, PartnersView['events'][number]>();
  await scope.prepare();
  for (const e of events) {
    // The country's cooperation only: it (or one of its bodies) takes part, or the event names no actor
    // and its document is about the country ("signed an agreement with Turkey"). A Russia–Tajikistan
    // lease in a text about Kazakhstan is neither.
    if (!takesPart(e, scope)) continue;
    const partners = partnersOf(e, ctx, scope, matcher);
    if (!partners.length) continue;
    const programs = e.participants.filter((p) => p.type === 'PROGRAM').map(({ id, name, type }) => ({ id, name, type }));
    // One happening stated in several sentences is one event of cooperation.
    const happening = [e.type, e.date.start, e.date.end, foldName(e.title)].join('|');
    const first = byHappening.get(happening);
    if (first) {
      first.duplicates.push(eref(e));
      for (const p of partners) if (!first.partners.some((x) => x.id === p.id)) first.partners.push(p);
      for (const p of programs) if (!first.programs!.some((x) => x.id === p.id)) first.programs!.push(p);
      continue;
    }
    const row: PartnersView['events'][number] = {
      ref: eref(e),
      date: e.date,
      label: labelPartialDate(e.date),
      year: yearOf(e.date),
      type: e.type,
      cooperation: cooperationCode(e.cooperation, e.type),
      title: e.title,
      partners,
      source: sourceOf('event', e),
      duplicates: [],
      programs,
    };
    byHappening.set(happening, row);
    rows.push(row);
  }

  const cellsOf = (list: typeof rows) =>
    file.vectors.map((v) => {
      const hits = list.filter((r) => r.partners.some((p) => p.vector === v.id));
      return { vector: v.id, count: hits.length, events: hits.map((r) => r.ref) };
    });
  const years = [...groupBy(rows, (r) => r.year)].sort((a, b) => a[0] - b[0]).map(([year, list]) => {
    const cells = cellsOf(list);
    return { year, cells, total: list.length, balance: balance(cells, file.balance) };
  });

  // A ministry, service or official of a foreign country is counted under that country.
  const byPartner = new Map<number, PartnerEntry>();
  const entryFor = (p: PartnerRef) => {
    const top = rollUp(p, ctx, matcher);
    const entry: PartnerEntry = byPartner.get(top.id) ?? { partner: top, rows: [], via: new Map(), statements: [] };
    byPartner.set(top.id, entry);
    if (top.id !== p.id) entry.via.set(p.id, { id: p.id, name: p.name, type: p.type });
    return entry;
  };
  for (const r of rows) {
    for (const p of r.partners) {
      const entry = entryFor(p);
      if (!entry.rows.includes(r)) entry.rows.push(r);
    }
  }
  const statements = await cooperationStatements(ctx, scope, matcher);
  for (const s of statements) entryFor(s.partner).statements.push(s);
  const partners = [...byPartner.values()]
    .map((e) => {
      const sentences = [...new Map(e.statements.map((s) => [`${s.documentId}:${s.sentence}`, s])).values()];
      return {
        partner: { id: e.partner.id, name: e.partner.name, type: e.partner.type },
        vector: e.partner.vector,
        count: e.rows.length,
        byCooperation: countBy(e.rows, (r) => r.cooperation),
        events: e.rows.map((r) => r.ref),
        statements: sentences.length,
        statementSources: sentences.map((s) => ({ documentId: s.documentId, sentence: s.sentence, ref: s.ref })),
        via: [...e.via.values()],
      };
    })
    .sort((a, b) => b.count - a.count || b.statements - a.statements || a.partner.name.localeCompare(b.partner.name));
  const statementTotals = file.vectors.map((v) => ({
    vector: v.id,
    count: new Set(statements.filter((s) => s.partner.vector === v.id).map((s) => `${s.documentId}:${s.sentence}`)).size,
  }));

  const programs = [...groupBy(rows.flatMap((r) => (r.programs ?? []).map((p) => ({ p, r }))), (x) => x.p.id).values()].map((list) => ({
    program: list[0].p,
    partners: [...new Map(list.flatMap((x) => x.r.partners).map((p) => rollUp(p, ctx, matcher)).map(({ id, name, type }) => [id, { id, name, type }])).values()],
    events: [...new Set(list.map((x) => x.r.ref))],
  }));
  // In the output schema's order: the API sends this object serialized as is.
  return {
    country: country ? refOf(country) : null,
    vectors: file.vectors.map((v) => ({ id: v.id, label: v.label })),
    events: rows,
    partners,
    years,
    totals: cellsOf(rows),
    statementTotals,
    balanceFormula: file.balance.formula,
    programs,
  };
}

function partnersOf(e: StoredEvent, ctx: AnalysisContext, scope: CountryScope, matcher: VectorMatcher): PartnerRef[] {
  const out: PartnerRef[] = [];
  for (const p of e.participants) {
    // Where officers study or troops exercise abroad is whom they do it with (a foreign academy's city, a host's range).
    const hostRole = p.role === 'location' && HOSTED.has(cooperationCode(e.cooperation, e.type));
    if ((!PARTNER_ROLES.has(p.role) && !hostRole) || !PARTNER_TYPES.has(p.type) || out.some((o) => o.id === p.id)) continue;
    const entity = ctx.index.get(p.id);
    if (!entity) continue;
    const key = ctx.countries.countryKeyOf(entity);
    const belonging = scope.belonging(entity);
    if (belonging === 'own') continue;
    const namedVector = matcher.byEntityName(entity);
    const foreign = belonging === 'foreign' || ctx.countries.isInternational(entity) || (namedVector !== null && key === null);
    if (!foreign) continue;
    // Partners are states and international organizations: a foreign ministry, service or official counts
    // as its state; a program, exercise or agreement is listed under programs, never as a partner.
    if (entity.type === 'PROGRAM') continue;
    const state = ctx.countries.isCountry(entity) || ctx.countries.isInternational(entity) || (key !== null && belonging === 'foreign');
    if (!state) continue;
    out.push({ id: p.id, name: p.name, type: p.type, vector: matcher.vectorOf(entity, key) });
  }
  return out;
}

function takesPart(e: StoredEvent, scope: CountryScope): boolean {
  if (e.participants.some((p) => scope.belonging(p) === 'own')) return true;
  return !e.participants.some((p) => p.role === 'actor') && scope.concerns(e.documentId);
}

function balance(cells: { vector: string; count: number }[], b: { plus: string; minus: string }): number | null {
  const total = cells.reduce((s, c) => s + c.count, 0);
  if (!total) return null;
  const get = (id: string) => cells.find((c) => c.vector === id)?.count ?? 0;
  return round((get(b.plus) - get(b.minus)) / total, 3);
}
