import type { Entity, Mention, Quantity } from '../../model/facts.ts';
import type { NumberSpan, PipelineState } from '../state.ts';
import { clauseSubject } from './clause-subject.ts';
import { objectVerbPhrase } from './object-verb.ts';
import { posLookup, tokenIndexAt } from './token-index.ts';
import { isHeading, statusNear } from './context.ts';
import { figureDate } from './figure-date.ts';
import { compileDateWords } from '../dates/lexicon.ts';
import { HolderFinder } from './holder.ts';
import { type CompiledNumbers, compileNumbers, matchPhraseAt } from './lexicon.ts';
import { readFigure } from './read.ts';
import { isMeasureUnit, measuredEquipment, measuredNoun, measuredNounAfter } from './measured.ts';
import type { Reading } from './reading.ts';
import type { BindContext } from './words.ts';

const HOLDER_TYPES = new Set(['ORG', 'PLACE']);
/** What joins two objects of one verb: "and", "together with", "as well as". */
const COORDINATED = /^\s*,?\s*(?:and|together with|along with|as well as|plus)\s+$/i;
/** Organizations whose members are states (organizations.json kinds). */
const STATE_BLOCS = new Set(['alliance', 'international']);
const MEMBER_COMPOUND = /^[-‐‑]member\b/i;
// How far after "28-member" the alliance's name may start ("the 28-member, 65-year-old NATO").
const BLOC_REACH = 40;

/** The first alliance or international organization named within reach after `from`. */
function blocAfter(mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, from: number): Entity | null {
  for (const m of mentions) {
    if (m.start < from || m.start > from + BLOC_REACH) continue;
    const e = entities.get(m.entityKey);
    if (e && STATE_BLOCS.has(String(e.attributes.kind))) return e;
  }
  return null;
}

/** Turns the recognized figures into quantities: kind, unit, subject, holder, date and status. */
export function bindAll(state: PipelineState): Quantity[] {
  const c = compileNumbers(state.kb.numbers);
  const { text, tokens } = state;
  const ctx = bindContext(state);
  const holders = new HolderFinder(text, state.sentences, state.mentions, state.entities, c, capitalsOf(state));
  const datesBySentence = groupBy(state.dates, (d) => d.sentence);
  const mentionsBySentence = groupBy(state.mentions, (m) => m.sentence);
  const dateLex = compileDateWords(state.kb.events.dateWords);
  const out: Quantity[] = [];
  const bySentence = new Map<number, Quantity[]>();
  state.numbers.forEach((n, idx) => {
    if (n.isYear) return;
    const sent = state.sentences[n.sentence] ?? { index: 0, start: 0, end: text.length };
    if (isHeading(text, sent.start, sent.end) || insideName(ctx, n)) return;
    const earlier = bySentence.get(n.sentence) ?? [];
    const firstTok = tokenIndexAt(tokens, sent.start);
    const subjectBefore = () => clauseSubject(text, tokens, firstTok, tokenIndexAt(tokens, n.start), c);
    const next = state.numbers[idx + 1]?.sentence === n.sentence ? state.numbers[idx + 1] : undefined;
    const before = bySentence.get(n.sentence - 1)?.findLast((q) => q.kind !== 'money' && q.kind !== 'percent' && q.unit !== 'fold');
    const prevFigure = idx > 0 && state.numbers[idx - 1]!.sentence === n.sentence ? state.numbers[idx - 1]! : null;
    const prevRead = earlier[earlier.length - 1];
    const objectVerb = () => objectVerbPhrase(text, tokens, firstTok, tokenIndexAt(tokens, n.start), c)
      // "involve over 800 troops and more than 100 units": the second object shares the first one's verb.
      ?? (prevFigure && prevRead && prevRead.start === prevFigure.start && COORDINATED.test(text.slice(prevRead.end, n.start))
        ? objectVerbPhrase(text, tokens, firstTok, tokenIndexAt(tokens, prevFigure.start), c) : null);
    const r = readFigure(ctx, n, { sentStart: sent.start, limit: sent.end, earlier, next, before, subjectBefore, objectVerb });
    if (!r) return;
    const named = namedIn(ctx, r);
    const taking = r.kind === 'personnel' || r.kind === 'equipment' ? holders.exerciseAt(n.sentence, n.start) : null;
    let holder = taking ?? holders.ownHolder(n.sentence, n.start) ?? (named && holders.asHolder(named)) ?? holders.holderAt(n.sentence, n.start);
    let subject = r.subject;
    if (isMeasureUnit(r.unit, c)) {
      // "The TB2 ... can operate within a control radius of up to 150 km": the drone's control radius.
      if (!subject || subject.toLowerCase() === r.unit?.toLowerCase()) subject = measuredNoun(text, sent.start, n.start) ?? measuredNounAfter(text, r.end) ?? subject;
      const gear = measuredEquipment(mentionsBySentence.get(n.sentence) ?? [], state.entities, sent.start, n.start);
      if (gear) holder = { name: gear.name, key: gear.key };
    }
    if (r.rule === 'quantities.strength') subject = `${holder?.name ?? ''} personnel strength`.trim();
    // "for six months", "more than two centuries": a bare span of time measures how long something lasts.
    if (r.unit && isTimeUnit(r.unit, c) && (!subject || isTimeUnit(subject, c) || SPAN_WORDS.test(subject))) subject = `duration in ${r.unit}`;
    // "The SCO has six full members": an alliance's members are states, counted, not people.
    // "two members, Kyrgyzstan and Tajikistan": members a bloc of the sentence counts, or that the text lists as countries, are states.
    const members = r.kind === 'personnel' && /\bmembers?\b/i.test(subject ?? r.unit ?? '');
    let kind = members && (STATE_BLOCS.has(String(state.entities.get(holder?.key ?? '')?.attributes.kind)) || countriesListedAfter(mentionsBySentence.get(n.sentence) ?? [], state.entities, r.end, text)) ? 'count' : r.kind;
    // "the 28-member North Atlantic Treaty Organization": the alliance named after the compound has that many member states.
    const bloc = r.rule === 'quantities.compound' && MEMBER_COMPOUND.test(text.slice(n.end, n.end + 10))
      ? blocAfter(mentionsBySentence.get(n.sentence) ?? [], state.entities, r.end) : null;
    let unit = r.unit;
    if (bloc) {
      kind = 'count';
      unit = 'member states';
      holder = { name: bloc.name, key: bloc.key };
      subject = subject ?? 'member states';
    }
    // "$3.9 billion in 2022, $3.3 billion in 2023 and $3.1 in 2024": a sum listed after scaled ones shares their scale.
    const scale = kind === 'money' ? elidedScale(n, earlier) : 1;
    const q: Quantity = {
      start: n.start, end: r.end, quote: text.slice(n.start, r.end), sentence: n.sentence,
      rule: scale !== 1 ? 'quantities.elided-scale' : r.rule, confidence: r.confidence,
      value: n.value * scale, low: n.low === null ? null : n.low * scale, high: n.high === null ? null : n.high * scale, qualifier: qualifierAfterNoun(text, r.end, c) ?? n.qualifier,
      kind, unit, subject, subjectKey: r.subjectKey,
      holder: holder?.name ?? null, holderKey: holder?.key ?? null,
      date: figureDate(text, datesBySentence.get(n.sentence) ?? [], n.start, r.end, dateLex),
      status: r.kind === 'equipment' ? statusNear(text, sent.start, sent.end, n.start, r.end, c) : null,
    };
    out.push(q);
    earlier.push(q);
    bySentence.set(n.sentence, earlier);
  });
  return out;
}

function bindContext(state: PipelineState): BindContext {
  const mentions = [...state.mentions].sort((a, b) => a.start - b.start);
  return {
    text: state.text,
    c: compileNumbers(state.kb.numbers),
    posAt: posLookup(state.tokens),
    mentionOver(start, end) {
      for (let k = firstNear(mentions, start); k < mentions.length && mentions[k].start < end; k++) {
        const e = state.entities.get(mentions[k].entityKey);
        if (e && mentions[k].end > start) return { mention: mentions[k], entity: e };
      }
      return null;
    },
  };
}

/**
 * "three experts from the Marshall Center", "officers of the General Staff", "bases in Tajikistan": the
 * organization or place the counted ones come from or, for things, are in. A destination ("troops deployed
 * to Afghanistan") is not who holds them.
 */
function namedIn(ctx: BindContext, r: Reading): Entity | null {
  const lead = r.kind === 'count' ? /^(?:from|of|in)\b/i : /^(?:from|of)\b/i;
  if (!r.modifier || !lead.test(ctx.text.slice(r.modifier.start, r.modifier.end))) return null;
  for (let at = r.modifier.start; at < r.modifier.end; ) {
    const hit = ctx.mentionOver(at, r.modifier.end);
    if (!hit) return null;
    if (HOLDER_TYPES.has(hit.entity.type)) return hit.entity;
    at = hit.mention.end;
  }
  return null;
}

/** Capital -> country, from the gazetteer, for capitals standing for their governments; built once per gazetteer. */
function capitalsOf(state: PipelineState): Map<string, string> {
  const countries = state.kb.gazetteer.countries;
  let m = capitals.get(countries);
  if (m) return m;
  m = new Map<string, string>();
  for (const c of countries) {
    // First listed wins: a present-day state before the historical one that shared its capital.
    for (const cap of [c.capital, ...c.capitalAliases]) if (cap && !m.has(cap.toLowerCase())) m.set(cap.toLowerCase(), c.name);
  }
  capitals.set(countries, m);
  return m;
}

const capitals = new WeakMap<object, Map<string, string>>();

/** "Center 2008", "Group of Eight": a figure inside a name, not at the start of a descriptive one ("five-year plan"). */
function insideName(ctx: BindContext, n: NumberSpan): boolean {
  const hit = ctx.mentionOver(n.start, n.end);
  if (!hit || hit.mention.start > n.start || hit.mention.end < n.end) return false;
  return hit.mention.start < n.start || /\p{Lu}/u.test(n.quote);
}

// Index from which to scan mentions that may overlap `offset` (sorted by start; names are short).
function firstNear(mentions: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  while (lo > 0 && offset - mentions[lo - 1].start < 200) lo--;
  return lo;
}

function groupBy<T>(items: readonly T[], key: (x: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const x of items) {
    const list = m.get(key(x));
    if (list) list.push(x);
    else m.set(key(x), [x]);
  }
  return m;
}

/** "30 helicopters or more": a qualifier written after the counted noun. */
function qualifierAfterNoun(text: string, end: number, c: CompiledNumbers): Quantity['qualifier'] | null {
  const m = /^\s+(\p{L}+)\s+(\p{L}+)/u.exec(text.slice(end, end + 30));
  return m ? matchPhraseAt(c.postQualifiers, [m[1].toLowerCase(), m[2].toLowerCase()], 0)?.value ?? null : null;
}

const SCALE_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SCALE_IN = /\b(thousand|million|billion|trillion)\b/i;

/** The scale word of the last money figure before `n` in its sentence, when `n` is a small bare sum in the same currency. */
function elidedScale(n: NumberSpan, earlier: readonly Quantity[]): number {
  if (n.value >= 1000 || SCALE_IN.test(n.quote)) return 1;
  const last = earlier.findLast((q) => q.kind === 'money');
  if (!last || last.unit !== n.unit || n.start - last.end > 60) return 1;
  const word = SCALE_IN.exec(last.quote)?.[1]?.toLowerCase();
  return word ? SCALE_WORDS[word] : 1;
}

// "for 54 months period", "a three-year term": words that only say it is a span.
const SPAN_WORDS = /^(?:period|term|span|duration|timeframe|time frame)$/i;

/** A unit of time, singular or plural ("month", "years"). */
function isTimeUnit(word: string, c: BindContext['c']): boolean {
  const w = word.toLowerCase();
  if (c.timeUnits.has(w)) return true;
  for (const p of c.timeUnits.values()) if (p === w) return true;
  return false;
}

/** ", Kyrgyzstan and Tajikistan" right after the counted noun: the members are those countries. */
function countriesListedAfter(mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, end: number, text: string): boolean {
  const next = mentions.find((m) => m.start >= end);
  if (!next || !/^\s*[,:(—–-]?\s*(?:namely\s+|including\s+)?$/.test(text.slice(end, next.start))) return false;
  return entities.get(next.entityKey)?.attributes.kind === 'country';
}
