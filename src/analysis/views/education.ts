import { perDocumentDerivation } from '../context/derivations.ts';
import type { EducationView, Figure } from '../../model/analysis.ts';
import type { EntityRef, StoredEvent, StoredMention, StoredQuantity } from '../../model/views.ts';
import type { AtlasStore } from '../../store/store.ts';
import { groupBy, round } from '../common/counts.ts';
import { analysisLexicon, hasWord, wordRegex } from '../common/lexicon.ts';
import { cooperationCode } from '../common/vectors.ts';
import { LinkIndex } from '../context/links.ts';
import { loadContext, resolveCountry, type AnalysisContext } from '../context/context.ts';
import { kindOf } from '../context/countries.ts';
import { refOf } from '../context/entity-index.ts';
import { CountryScope } from '../context/scope.ts';
import { dateLabel, eref, figureOf } from '../context/sources.ts';

export interface EducationParams { country?: string }

/**
 * Officers and cadets sent to foreign and domestic schools (personnel figures in sentences about
 * education), and what became of them: "of the N ..., M resigned" gives an attrition rate M/N.
 */
export async function educationView(store: AtlasStore, params: EducationParams = {}): Promise<EducationView> {
  return educationOf(await loadContext(store), params.country);
}

/** The education view of one country over a loaded context (the audit runs it for each country on one context). */
export async function educationOf(ctx: AnalysisContext, countryName?: string): Promise<EducationView> {
  const country = resolveCountry(ctx, countryName);
  const scope = new CountryScope(ctx, country);
  await scope.prepare();
  const { eventBySentence, mentionsBySentence, quantities } = await ctx.loads.once('education', () => educationFacts(ctx));
  const links = ctx.links;

  // Every figure here is in a sentence about education (educationFacts keeps no other).
  // In a sentence about study abroad a foreign holder is where they studied ("250 officers educated in
  // the United States"), not whose officers they are: such figures count for the document's country.
  const holderOf = (q: StoredQuantity) => (q.holderEntity && scope.belonging(q.holderEntity) === 'foreign' ? null : q.holderEntity);
  const inScope = quantities.filter((q) => scope.concerns(q.documentId, holderOf(q)));
  const personnel = inScope.filter((q) => q.kind === 'personnel');

  const destinationOf = (q: StoredQuantity) => {
    const candidates: EntityRef[] = [
      ...(eventBySentence.get(key(q)) ?? []).flatMap((e) => e.participants.filter((p) => p.role !== 'actor' || p.type !== 'PLACE')),
      ...(mentionsBySentence.get(key(q)) ?? []).map((m) => m.entity),
    ];
    const foreign = candidates.find((c) => isPlaceOrInstitution(ctx, c) && scope.belonging(c) === 'foreign');
    const domestic = candidates.find((c) => c.type === 'ORG' && scope.belonging(c) === 'own' && isInstitution(ctx, c));
    const d = foreign ?? domestic;
    // An event participant's role is not part of a destination (the view is sent as computed, not stripped by its schema).
    return d ? { id: d.id, name: d.name, type: d.type } : null;
  };

  const outcomes: EducationView['outcomes'] = [];
  const outcomeParts = new Set<number>();
  // "Of the 250 officers trained abroad, 110 resigned": the outcome → its cohort (links outcome_of).
  const personnelById = new Map(personnel.map((q) => [q.id, q]));
  for (const l of links.ofType('outcome_of')) {
    const [outcome, cohort] = [personnelById.get(l.from.id), l.to ? personnelById.get(l.to.id) : undefined];
    const kind = l.value === 'attrition' || l.value === 'retention' ? l.value : null;
    if (!outcome || !cohort || !kind || cohort.value <= 0) continue;
    outcomes.push({ kind, cohort: figureOf(cohort), outcome: figureOf(outcome), rate: round((outcome.value / cohort.value) * 100, 1), destination: destinationOf(cohort) });
    outcomeParts.add(outcome.id);
  }

  const flows: EducationView['flows'] = personnel.filter((q) => !outcomeParts.has(q.id)).map((q) => {
    const destination = destinationOf(q);
    const ev = eventBySentence.get(key(q))?.[0];
    const date = q.date ?? ev?.date ?? null;
    const abroad = links.has('quantity', q.id, 'abroad');
    return {
      destination,
      domestic: destination ? scope.belonging(destination) === 'own' : abroad ? false : null,
      figure: figureOf(q),
      event: ev ? eref(ev) : null,
      date: { date, label: dateLabel(date) },
    };
  });
  const statedShares: Figure[] = inScope
    .filter((q) => q.kind === 'percent' || q.unit === 'percent')
    .filter((q) => links.has('quantity', q.id, 'outcome_kind'))
    .map(figureOf);
  return { country: country ? refOf(country) : null, flows, outcomes, statedShares };
}

/**
 * The figures in sentences about education (an education event's sentence, or a cue of education),
 * and the education events and mentions of their sentences: the same for every country, and each
 * document's part its own, so derived once per document version and joined per context.
 */
async function educationFacts(ctx: AnalysisContext) {
  const perDocument = await ctx.loads.perDocument(EDUCATION_FACTS);
  // Sentence keys name their document, so the documents' groups never meet.
  return {
    eventBySentence: new Map(perDocument.flatMap((r) => [...r.eventBySentence])),
    mentionsBySentence: new Map(perDocument.flatMap((r) => [...r.mentionsBySentence])),
    quantities: perDocument.flatMap((r) => r.quantities),
  };
}

/** A number per sentence of the store (documents have far fewer than a million sentences). */
const key = (f: StoredQuantity | StoredEvent | StoredMention) => f.documentId * 1_000_000 + f.sentence;

function isInstitution(ctx: AnalysisContext, ref: EntityRef): boolean {
  const e = ctx.index.get(ref.id);
  if (!e) return false;
  const words = analysisLexicon().institutionWords;
  return hasWord(kindOf(e), words) || hasWord(e.name, words);
}

function isPlaceOrInstitution(ctx: AnalysisContext, ref: EntityRef): boolean {
  return ref.type === 'PLACE' || (ref.type === 'ORG' && isInstitution(ctx, ref));
}

const EDUCATION_FACTS = perDocumentDerivation('education.facts', (d) => {
  const own = new LinkIndex(d.links);
  const eventBySentence = groupBy(d.events.filter((e) => cooperationCode(e.cooperation, e.type) === 'train_educate'), key);
  const quantities = d.quantities.filter((q) => eventBySentence.has(key(q)) || own.has('quantity', q.id, 'education_context'));
  const sentences = new Set(quantities.map(key));
  return { eventBySentence, mentionsBySentence: groupBy(d.mentions.filter((m) => sentences.has(key(m))), key), quantities };
});
