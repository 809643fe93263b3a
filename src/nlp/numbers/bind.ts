import type { Quantity } from '../../model/facts.ts';
import type { NumberSpan, PipelineState } from '../state.ts';
import { type ClauseSubject, clauseSubject, tokenIndexAt } from './clause-subject.ts';
import { dateNear, isHeading, statusNear } from './context.ts';
import { type CountedNoun, countedNoun } from './counted-noun.ts';
import { HolderFinder } from './holder.ts';
import { compileNumbers, matchPhraseBefore } from './lexicon.ts';
import { type BindContext, readWord } from './words.ts';

/** What a figure is about, before holder, date and status are added. */
interface Reading {
  kind: string;
  unit: string | null;
  subject: string | null;
  subjectKey: string | null;
  /** End of the quote: the figure with its counted noun. */
  end: number;
  rule: string;
  confidence: number;
}

const CURRENCY = /^[A-Z]{3}$/;

/** Turns the recognized figures into quantities: kind, unit, subject, holder, date and status. */
export function bindAll(state: PipelineState): Quantity[] {
  const c = compileNumbers(state.kb.numbers);
  const { text, tokens } = state;
  const mentions = [...state.mentions].sort((a, b) => a.start - b.start);
  const ctx: BindContext = {
    text, c,
    posAt: posLookup(state),
    mentionOver(start, end) {
      const i = firstEndingAfter(mentions, start);
      for (let k = i; k < mentions.length && mentions[k].start < end; k++) {
        const e = state.entities.get(mentions[k].entityKey);
        if (e && mentions[k].end > start) return { mention: mentions[k], entity: e };
      }
      return null;
    },
  };
  const holders = new HolderFinder(text, state.sentences, state.mentions, state.entities);
  const out: Quantity[] = [];
  const bySentence = new Map<number, Quantity[]>();
  for (const n of state.numbers) {
    if (n.isYear) continue;
    const sent = state.sentences[n.sentence] ?? { index: 0, start: 0, end: text.length };
    if (isHeading(text, sent.start, sent.end)) continue;
    if (insideName(ctx, n)) continue;
    const earlier = bySentence.get(n.sentence) ?? [];
    const firstTok = tokenIndexAt(tokens, sent.start);
    const subjectBefore = () => clauseSubject(text, tokens, firstTok, tokenIndexAt(tokens, n.start), c);
    const r = read(ctx, n, sent.end, earlier, subjectBefore);
    if (!r) continue;
    const holder = holders.holderAt(n.sentence, n.start);
    let subject = r.subject;
    if (r.rule === 'quantities.strength') subject = `${holder?.name ?? ''} personnel strength`.trim();
    const q: Quantity = {
      start: n.start, end: r.end, quote: text.slice(n.start, r.end), sentence: n.sentence,
      rule: r.rule, confidence: r.confidence,
      value: n.value, low: n.low, high: n.high, qualifier: n.qualifier,
      kind: r.kind, unit: r.unit, subject, subjectKey: r.subjectKey,
      holder: holder?.name ?? null, holderKey: holder?.key ?? null,
      date: dateNear(state.dates, n.sentence, n.start, r.end),
      status: r.kind === 'equipment' ? statusNear(text, sent.start, sent.end, n.start, r.end, c) : null,
    };
    out.push(q);
    earlier.push(q);
    bySentence.set(n.sentence, earlier);
  }
  return out;
}

function read(ctx: BindContext, n: NumberSpan, limit: number, earlier: Quantity[], subjectBefore: () => ClauseSubject | null): Reading | null {
  const { c, text } = ctx;
  const prev = earlier[earlier.length - 1];
  if (n.unit && CURRENCY.test(n.unit)) {
    const subject = worthOf(ctx, n.end, limit) ?? (parenthesised(text, n.start) ? null : subjectBefore()?.text) ?? prev?.subject ?? null;
    return { kind: 'money', unit: n.unit, subject, subjectKey: null, end: n.end, rule: 'quantities.money', confidence: 0.9 };
  }
  if (n.unit === 'percent') {
    const of = ofPhrase(ctx, n.end, limit);
    const subject = of?.phrase ?? subjectBefore()?.text ?? prev?.subject ?? null;
    return { kind: 'percent', unit: 'percent', subject, subjectKey: of?.entityKey ?? null, end: of?.end ?? n.end, rule: 'quantities.percent', confidence: 0.9 };
  }
  if (n.unit === 'fold') {
    const subject = subjectBefore()?.text ?? prev?.subject ?? null;
    return { kind: 'count', unit: 'fold', subject, subjectKey: null, end: n.end, rule: 'quantities.fold', confidence: 0.8 };
  }
  if (theTwo(text, n)) return null;
  const compound = compoundAfter(ctx, n.end, limit);
  if (compound) return compound;
  const noun = countedNoun(ctx, n.end, limit);
  if (noun) return fromNoun(ctx, n, noun, limit);
  return elided(ctx, n, prev, subjectBefore);
}

function fromNoun(ctx: BindContext, n: NumberSpan, noun: CountedNoun, limit: number): Reading | null {
  // "one" with a noun the lexicon does not know is a pronoun or an article ("one unintended outcome").
  if (n.value === 1 && !noun.entry && !noun.designation) return null;
  if (noun.kind === 'count' && !noun.entry && n.value < 2) return null;
  let subject = noun.designation && noun.entityName ? noun.entityName : noun.designation ? noun.phrase.replace(/s$/, '') : noun.phrase;
  let end = noun.end;
  // "80,000 square meters of housing", "11 million hectares of leased land": the measured thing.
  if (noun.entry?.measure) {
    const of = ofPhrase(ctx, noun.end, limit);
    if (of) {
      subject = of.phrase;
      end = of.end;
    }
  }
  const kind = noun.kind ?? 'count';
  const rule = noun.entry ? `quantities.${kind}` : noun.designation ? 'quantities.model' : 'quantities.noun';
  return { kind, unit: noun.unit, subject, subjectKey: noun.entityKey, end, rule, confidence: noun.entry ? 0.85 : 0.6 };
}

/** A figure with no noun after it: a force's strength, a noun of the same sentence, or the clause's subject. */
function elided(ctx: BindContext, n: NumberSpan, prev: Quantity | undefined, subjectBefore: () => ClauseSubject | null): Reading | null {
  const { c, text } = ctx;
  const before = wordsBefore(text, n.start, 4);
  if (matchPhraseBefore(c.strengthCues, before, before.length)) {
    return { kind: 'personnel', unit: 'personnel', subject: null, subjectKey: null, end: n.end, rule: 'quantities.strength', confidence: 0.75 };
  }
  if (prev && !['money', 'percent'].includes(prev.kind) && prev.unit !== 'fold') {
    return { kind: prev.kind, unit: prev.unit, subject: prev.subject, subjectKey: prev.subjectKey, end: n.end, rule: 'quantities.elided', confidence: 0.6 };
  }
  const cs = subjectBefore();
  if (cs?.entry) {
    return { kind: cs.entry.kind, unit: cs.entry.plural.toLowerCase(), subject: cs.text, subjectKey: null, end: n.end, rule: 'quantities.clause-subject', confidence: 0.6 };
  }
  return null;
}

/** "a five-year plan", "the five-day war", "a 500-strong force": the figure counts the compound's noun. */
function compoundAfter(ctx: BindContext, end: number, limit: number): Reading | null {
  const { text, c } = ctx;
  if (!/^[-‐‑]\p{L}/u.test(text.slice(end, end + 2))) return null;
  const w = readWord(ctx, end + 1, limit);
  if (!w) return null;
  const then = countedNoun(ctx, w.end, limit);
  const time = c.timeUnits.get(w.lower);
  if (time) {
    const subject = then?.phrase ?? null;
    return { kind: 'count', unit: time, subject, subjectKey: then?.entityKey ?? null, end: then?.end ?? w.end, rule: 'quantities.duration', confidence: 0.8 };
  }
  if (c.personnelCompounds.has(w.lower)) {
    return { kind: 'personnel', unit: 'personnel', subject: then?.phrase ?? null, subjectKey: null, end: then?.end ?? w.end, rule: 'quantities.compound', confidence: 0.7 };
  }
  const e = c.nouns.get(w.lower);
  if (e) {
    return { kind: e.kind, unit: e.plural.toLowerCase(), subject: e.plural.toLowerCase(), subjectKey: null, end: w.end, rule: 'quantities.compound', confidence: 0.6 };
  }
  return null;
}

/** "75 percent of the required officer posts": the noun phrase after "of" (not a pronoun). */
function ofPhrase(ctx: BindContext, end: number, limit: number): CountedNoun | null {
  const of = readWord(ctx, end, limit);
  if (of?.lower !== 'of') return null;
  let at = of.end;
  const det = readWord(ctx, at, limit);
  if (det && /^(the|a|an|its|their|his|her|our|all)$/.test(det.lower)) at = det.end;
  return countedNoun(ctx, at, limit);
}

/** "$60 million worth of Russian aviation equipment". */
function worthOf(ctx: BindContext, end: number, limit: number): string | null {
  const w = readWord(ctx, end, limit);
  if (w?.lower !== 'worth') return null;
  return ofPhrase(ctx, w.end, limit)?.phrase ?? null;
}

// "the two sides", "the two ministers": "both", a reference back, not a stated figure.
function theTwo(text: string, n: NumberSpan): boolean {
  return n.value === 2 && /^two$/i.test(n.quote) && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 5), n.start));
}

function parenthesised(text: string, at: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, at - 3), at));
}

function insideName(ctx: BindContext, n: NumberSpan): boolean {
  const hit = ctx.mentionOver(n.start, n.end);
  return !!hit && hit.mention.start <= n.start && hit.mention.end >= n.end;
}

function wordsBefore(text: string, at: number, count: number): string[] {
  const m = text.slice(Math.max(0, at - 60), at).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return m.slice(-count);
}

function posLookup(state: PipelineState): (offset: number) => string | undefined {
  const m = new Map<number, string>();
  for (const t of state.tokens) m.set(t.start, t.pos);
  return (at) => m.get(at);
}

function firstEndingAfter(mentions: readonly { start: number; end: number }[], offset: number): number {
  // Mentions are sorted by start; a linear back-off from the binary-search point covers long mentions.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  let k = lo;
  while (k > 0 && offset - mentions[k - 1].start < 200) k--;
  return k;
}
