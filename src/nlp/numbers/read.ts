import type { Quantity } from '../../model/facts.ts';
import type { NumberSpan } from '../state.ts';
import type { ClauseSubject } from './clause-subject.ts';
import { type CountedNoun, countedNoun, postModifier } from './counted-noun.ts';
import { matchPhraseBefore, type NounEntry } from './lexicon.ts';
import { type BindContext, readWord } from './words.ts';

/** What a figure is about, before holder, date and status are added. */
export interface Reading {
  kind: string;
  unit: string | null;
  subject: string | null;
  subjectKey: string | null;
  /** End of the quote: the figure with its counted noun. */
  end: number;
  /** Where the words qualifying the counted noun are ("from the Marshall Center"): a holder may be named there. */
  modifier: { start: number; end: number } | null;
  rule: string;
  confidence: number;
}

const CURRENCY = /^[A-Z]{3}$/;

/** Reads kind, unit and subject of one figure; null when it is not a quantity after all. */
export function readFigure(ctx: BindContext, n: NumberSpan, sentStart: number, limit: number, earlier: readonly Quantity[], subjectBefore: () => ClauseSubject | null): Reading | null {
  const { text } = ctx;
  const prev = earlier[earlier.length - 1];
  const base = { subjectKey: null, end: n.end, modifier: null, confidence: 0.9 };
  if (n.unit && CURRENCY.test(n.unit)) {
    const subject = worthOf(ctx, n.end, limit) ?? (parenthesised(text, n.start) ? null : subjectBefore()?.text) ?? prev?.subject ?? null;
    return { ...base, kind: 'money', unit: n.unit, subject, rule: 'quantities.money' };
  }
  if (n.unit === 'percent') {
    const of = ofPhrase(ctx, n.end, limit);
    // "a 12 percent increase", "15 percent losses": the noun the share is of.
    const noun = of ? null : countedNoun(ctx, n.end, limit);
    const cs = subjectBefore()?.text;
    const subject = of && cs ? `${cs} as share of ${of.phrase}` : of?.phrase ?? noun?.phrase ?? cs ?? prev?.subject ?? null;
    const end = of?.end ?? noun?.end ?? n.end;
    return { ...base, kind: 'percent', unit: 'percent', subject, subjectKey: of?.entityKey ?? null, end, rule: 'quantities.percent' };
  }
  if (n.unit === 'fold') {
    const subject = subjectBefore()?.text ?? prev?.subject ?? null;
    return { ...base, kind: 'count', unit: 'fold', subject, rule: 'quantities.fold', confidence: 0.8 };
  }
  if (theTwo(text, n)) return null;
  const compound = compoundAfter(ctx, n.end, limit);
  if (compound) return compound;
  const noun = countedNoun(ctx, n.end, limit);
  if (noun) return fromNoun(ctx, n, noun, limit, subjectBefore);
  return elided(ctx, n, sentStart, prev, subjectBefore);
}

function fromNoun(ctx: BindContext, n: NumberSpan, noun: CountedNoun, limit: number, subjectBefore: () => ClauseSubject | null): Reading | null {
  // "one" with a noun the lexicon does not know is a pronoun or an article ("one unintended outcome").
  if (n.value === 1 && !noun.entry && !noun.designation) return null;
  let subject = noun.designation && noun.entityName ? noun.entityName : noun.designation ? noun.phrase.replace(/s$/, '') : noun.phrase;
  let end = noun.end;
  let modifier: Reading['modifier'] = null;
  const of = noun.entry?.measure ? ofPhrase(ctx, noun.end, limit) : null;
  if (of) {
    // "80,000 square meters of housing", "11 million hectares of leased land": the measured thing.
    subject = of.phrase;
    end = of.end;
  } else if (noun.entry?.time || noun.entry?.measure) {
    // "The average flying time for pilots is about 100 hours per year": what lasts or measures that much.
    const cs = subjectBefore();
    if (cs) subject = cs.text;
  }
  if (!of) {
    const mod = postModifier(ctx, noun.end, limit);
    if (mod) {
      subject = `${subject} ${mod.text}`;
      modifier = mod;
    }
  }
  const kind = noun.kind ?? 'count';
  const rule = noun.entry ? `quantities.${kind}` : noun.designation ? 'quantities.model' : 'quantities.noun';
  return { kind, unit: noun.unit, subject, subjectKey: noun.entityKey, end, modifier, rule, confidence: noun.entry ? 0.85 : 0.6 };
}

/** A figure with no noun after it: a force's strength, a noun of the same sentence, or the clause's subject. */
function elided(ctx: BindContext, n: NumberSpan, sentStart: number, prev: Quantity | undefined, subjectBefore: () => ClauseSubject | null): Reading | null {
  const { c, text } = ctx;
  const base = { subjectKey: null, end: n.end, modifier: null };
  const before = wordsBefore(text, n.start, 4);
  if (matchPhraseBefore(c.strengthCues, before, before.length)) {
    return { ...base, kind: 'personnel', unit: 'personnel', subject: null, rule: 'quantities.strength', confidence: 0.75 };
  }
  if (prev && !['money', 'percent'].includes(prev.kind) && prev.unit !== 'fold') {
    return { ...base, kind: prev.kind, unit: prev.unit, subject: prev.subject, subjectKey: prev.subjectKey, rule: 'quantities.elided', confidence: 0.6 };
  }
  const cs = subjectBefore();
  if (cs?.entry) {
    return { ...base, kind: cs.entry.kind, unit: cs.entry.plural.toLowerCase(), subject: cs.text, rule: 'quantities.clause-subject', confidence: 0.6 };
  }
  const near = nounBefore(ctx, n.start, sentStart);
  if (near) {
    return { ...base, kind: near.kind, unit: near.plural.toLowerCase(), subject: near.plural.toLowerCase(), rule: 'quantities.noun-before', confidence: 0.4 };
  }
  return null;
}

/** "a five-year plan", "the five-day war in Georgia", "a 500-strong force": the figure counts the compound's noun. */
function compoundAfter(ctx: BindContext, end: number, limit: number): Reading | null {
  const { text, c } = ctx;
  if (!/^[-‐‑]\p{L}/u.test(text.slice(end, end + 2))) return null;
  const w = readWord(ctx, end + 1, limit);
  if (!w) return null;
  const then = countedNoun(ctx, w.end, limit);
  const mod = then ? postModifier(ctx, then.end, limit) : null;
  const subject = then ? (mod ? `${then.phrase} ${mod.text}` : then.phrase) : null;
  const base = { subjectKey: then?.entityKey ?? null, end: then?.end ?? w.end, modifier: mod, subject };
  const time = c.timeUnits.get(w.lower);
  if (time) return { ...base, kind: 'count', unit: time, rule: 'quantities.duration', confidence: 0.8 };
  if (c.personnelCompounds.has(w.lower)) return { ...base, kind: 'personnel', unit: 'personnel', rule: 'quantities.compound', confidence: 0.7 };
  const e = c.nouns.get(w.lower);
  if (e) {
    const unit = e.plural.toLowerCase();
    return { ...base, kind: e.kind, unit, subject: subject ?? unit, rule: 'quantities.compound', confidence: 0.6 };
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
  return countedNoun(ctx, at, limit, true);
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

function wordsBefore(text: string, at: number, count: number): string[] {
  const m = text.slice(Math.max(0, at - 60), at).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return m.slice(-count);
}

/** "for every officer who ..., there are as many as nine who ...": the last lexicon noun before the figure in its sentence. */
function nounBefore(ctx: BindContext, at: number, from: number): NounEntry | undefined {
  const words = ctx.text.slice(Math.max(from, at - 200), at).match(/\p{L}+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const e = ctx.c.nouns.get(words[k].toLowerCase());
    if (e && e.kind === 'personnel') return e;
  }
  return undefined;
}
