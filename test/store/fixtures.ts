import { createHash } from 'node:crypto';
import type { DocumentInput, Extraction, RunInfo } from '../../src/model/document.ts';
import type { Alias, Entity } from '../../src/model/facts.ts';
import type { Evidence, Sentence } from '../../src/model/provenance.ts';

/** Hand-built documents and extractions for the store tests. Every sentence here is invented. */

export const RUN: RunInfo = { extractorVersion: 'test-1', rulesVersion: 'rules-1', startedAt: '2024-01-01T00:00:00.000Z' };

export function makeDoc(sourcePath: string, title: string, text: string): DocumentInput {
  return {
    sourcePath, title, format: 'txt', text,
    byteSize: Buffer.byteLength(text, 'utf8'),
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
    publishedDate: null,
  };
}

/** Sentences split after ". " (the fixtures are written so that this is right). */
export function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /\.(?:\s+|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ index: out.length, start, end: m.index + 1 });
    start = m.index + m[0].length;
    if (start >= text.length) break;
  }
  return out;
}

/** Evidence for the `nth` occurrence of `quote` in `text`, with the sentence that holds it. */
export function ev(text: string, quote: string, rule = 'test.rule', nth = 0, confidence = 0.9): Evidence {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: ${JSON.stringify(quote)} not in text`);
  const sentence = sentencesOf(text).find((s) => s.start <= start && start < s.end);
  if (!sentence) throw new Error(`fixture: no sentence holds ${JSON.stringify(quote)}`);
  return { start, end: start + quote.length, quote, sentence: sentence.index, rule, confidence };
}

export function entity(key: string, type: string, name: string, aliases: Alias[] = [], source: Entity['source'] = 'extracted'): Entity {
  return { key, type, name, aliases, attributes: {}, source };
}

export function emptyExtraction(text: string): Extraction {
  return { sentences: sentencesOf(text), entities: [], mentions: [], quantities: [], events: [], relations: [], claims: [] };
}

// ---- Document A: a ministry order, a general's statement, an exercise.
export const TEXT_A =
  'The Ministry of Defence of Freedonia ordered 12 Falcon-9 helicopters in March 2015. ' +
  'General Ivan Petrovsky, the Chief of the General Staff, said the Northern Treaty Organization (NTO) would train Freedonian pilots. ' +
  'Freedonia and Sylvania held the Steppe Shield exercise in 2016.';

export const E = {
  freedonia: entity('gz:country:freedonia', 'PLACE', 'Freedonia', [{ alias: 'Freedonian', kind: 'demonym' }], 'gazetteer'),
  sylvania: entity('gz:country:sylvania', 'PLACE', 'Sylvania', [], 'gazetteer'),
  ministry: entity('x:ORG:ministry-of-defence-of-freedonia', 'ORG', 'Ministry of Defence of Freedonia', [{ alias: 'Freedonian Ministry of Defence', kind: 'name' }]),
  falcon: entity('x:EQUIPMENT:falcon-9', 'EQUIPMENT', 'Falcon-9'),
  ivan: entity('x:PERSON:ivan-petrovsky', 'PERSON', 'Ivan Petrovsky', [{ alias: 'Petrovsky', kind: 'surname' }, { alias: 'General Ivan Petrovsky', kind: 'title' }]),
  nto: entity('x:ORG:northern-treaty-organization', 'ORG', 'Northern Treaty Organization', [{ alias: 'NTO', kind: 'acronym' }]),
};

export function extractionA(): Extraction {
  const t = TEXT_A;
  return {
    ...emptyExtraction(t),
    entities: [E.freedonia, E.sylvania, E.ministry, E.falcon, E.ivan, E.nto],
    mentions: [
      { ...ev(t, 'Ministry of Defence of Freedonia', 'gazetteer.org'), entityKey: E.ministry.key },
      { ...ev(t, 'Falcon-9', 'catalog.equipment'), entityKey: E.falcon.key },
      { ...ev(t, 'General Ivan Petrovsky', 'person.title'), entityKey: E.ivan.key },
      { ...ev(t, 'Northern Treaty Organization', 'org.name'), entityKey: E.nto.key },
      { ...ev(t, 'NTO', 'org.acronym'), entityKey: E.nto.key },
      { ...ev(t, 'Freedonian', 'place.demonym'), entityKey: E.freedonia.key },
      { ...ev(t, 'Freedonia', 'gazetteer.place', 2), entityKey: E.freedonia.key },
      { ...ev(t, 'Sylvania', 'gazetteer.place'), entityKey: E.sylvania.key },
    ],
    quantities: [{
      ...ev(t, '12 Falcon-9 helicopters', 'quantity.order'),
      value: 12, low: null, high: null, qualifier: 'exact', kind: 'equipment_order', unit: null,
      subject: 'Falcon-9 helicopters', subjectKey: E.falcon.key,
      holder: 'Ministry of Defence of Freedonia', holderKey: E.ministry.key,
      date: { start: '2015-03-01', end: '2015-03-31', precision: 'month' }, status: 'ordered',
    }],
    events: [{
      ...ev(t, 'Freedonia and Sylvania held the Steppe Shield exercise in 2016', 'event.exercise'),
      type: 'exercise', cooperation: 'exercise',
      date: { start: '2016-01-01', end: '2016-12-31', precision: 'year' },
      title: 'Steppe Shield exercise',
      participants: [{ entityKey: E.freedonia.key, role: 'actor' }, { entityKey: E.sylvania.key, role: 'partner' }],
    }],
    relations: [{
      ...ev(t, 'General Ivan Petrovsky, the Chief of the General Staff', 'relation.post'),
      subjectKey: E.ivan.key, predicate: 'holds_post', objectKey: E.ministry.key,
      label: 'Chief of the General Staff', validFrom: null,
    }],
    claims: [{
      ...ev(t, 'the Northern Treaty Organization (NTO) would train Freedonian pilots', 'claim.said'),
      kind: 'attribution', sourceKey: E.ivan.key,
      text: 'the Northern Treaty Organization (NTO) would train Freedonian pilots',
      date: null,
    }],
  };
}

// ---- Document B: shares the NTO (by acronym only) and Sylvania; two other people named Petrovsky.
export const TEXT_B =
  'The NTO opened an office in Sylvania in 2019. ' +
  'Petrovsky visited the office. ' +
  'Minister Anna Petrovsky of Sylvania signed a training agreement.';

export const EB = {
  nto: entity('x:ORG:nto', 'ORG', 'NTO', [{ alias: 'NTO', kind: 'acronym' }]),
  sylvania: entity('gz:country:sylvania', 'PLACE', 'Sylvania', [], 'gazetteer'),
  petrovsky: entity('x:PERSON:petrovsky', 'PERSON', 'Petrovsky', [{ alias: 'Petrovsky', kind: 'surname' }]),
  anna: entity('x:PERSON:anna-petrovsky', 'PERSON', 'Anna Petrovsky', [{ alias: 'Petrovsky', kind: 'surname' }, { alias: 'Minister Anna Petrovsky', kind: 'title' }]),
};

export function extractionB(): Extraction {
  const t = TEXT_B;
  return {
    ...emptyExtraction(t),
    entities: [EB.nto, EB.sylvania, EB.petrovsky, EB.anna],
    mentions: [
      { ...ev(t, 'NTO', 'org.acronym'), entityKey: EB.nto.key },
      { ...ev(t, 'Sylvania', 'gazetteer.place'), entityKey: EB.sylvania.key },
      { ...ev(t, 'Petrovsky', 'person.surname'), entityKey: EB.petrovsky.key },
      { ...ev(t, 'Minister Anna Petrovsky', 'person.title'), entityKey: EB.anna.key },
      { ...ev(t, 'Sylvania', 'gazetteer.place', 1), entityKey: EB.sylvania.key },
    ],
    events: [{
      ...ev(t, 'The NTO opened an office in Sylvania in 2019', 'event.open'),
      type: 'opening', cooperation: 'cooperate',
      date: { start: '2019-01-01', end: '2019-12-31', precision: 'year' },
      title: 'NTO office opened',
      participants: [{ entityKey: EB.nto.key, role: 'actor' }, { entityKey: EB.sylvania.key, role: 'location' }],
    }],
  };
}

// ---- Document A, edited: the order changed; the general and the exercise are gone.
export const TEXT_A2 =
  'The Ministry of Defence of Freedonia ordered 14 Raven trucks in April 2017. ' +
  'The Northern Treaty Organization welcomed the order from Sylvania.';

export function extractionA2(): Extraction {
  const t = TEXT_A2;
  const raven = entity('x:EQUIPMENT:raven', 'EQUIPMENT', 'Raven');
  return {
    ...emptyExtraction(t),
    entities: [E.ministry, raven, E.nto, E.sylvania],
    mentions: [
      { ...ev(t, 'Ministry of Defence of Freedonia', 'gazetteer.org'), entityKey: E.ministry.key },
      { ...ev(t, 'Raven', 'catalog.equipment'), entityKey: raven.key },
      { ...ev(t, 'Northern Treaty Organization', 'org.name'), entityKey: E.nto.key },
      { ...ev(t, 'Sylvania', 'gazetteer.place'), entityKey: E.sylvania.key },
    ],
    quantities: [{
      ...ev(t, '14 Raven trucks', 'quantity.order'),
      value: 14, low: null, high: null, qualifier: 'exact', kind: 'equipment_order', unit: null,
      subject: 'Raven trucks', subjectKey: raven.key, holder: null, holderKey: E.ministry.key,
      date: { start: '2017-04-01', end: '2017-04-30', precision: 'month' }, status: null,
    }],
  };
}

// ---- A document written for ranking: one sentence dense in a term, one that names it once among many words.
export const TEXT_RANK =
  'Radar coverage, radar sites and radar crews. ' +
  'The long annual report also mentions that a radar was among many other quite unrelated things bought that year. ' +
  'Nothing here is about detection at all.';
