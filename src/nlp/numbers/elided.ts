import type { NumberSpan } from '../state.ts';
import { countedNoun, postModifier } from './counted-noun.ts';
import { predicateAfter } from './predicate.ts';
import { matchPhraseBefore, type NounEntry } from './lexicon.ts';
import type { FigureContext, Reading } from './reading.ts';
import type { BindContext } from './words.ts';

// "from 65,000 to 50,000 troops", "12 of its 30 bases": the next figure's noun is this one's too.
const SHARED_NOUN_GAP = /^\s*(?:to|and|or|–|—|-|of(?:\s+(?:its|the|their|these|those|his|her|our))?)\s*$/i;
// "Roughly 1,500 of them were officers": the figure counts what the last sentence counted.
const OF_THEM = /^\s+of\s+(?:them|these|those|whom|which)\b/i;
const MAX_ELIDED_GAP = 100;
const ADDING = new Set(['further', 'another', 'additional', 'extra']);

/**
 * A figure with no noun after it: a force's strength, the noun of the next figure ("from 65,000 to
 * 50,000 troops"), of the figure before, of the last sentence ("1,500 of them"), or the clause's subject.
 */
export function elided(ctx: BindContext, n: NumberSpan, f: FigureContext): Reading | null {
  const { c, text } = ctx;
  const base = { subjectKey: null, end: n.end, modifier: null };
  const before = wordsBefore(text, n.start, 4);
  // "a contingent of 50 to Afghanistan": the group's people.
  const group = matchPhraseBefore(c.groupCues, before, before.length);
  if (group) {
    const pred = postModifier(ctx, n.end, f.limit) ?? predicateAfter(ctx, n.end, f.limit);
    const noun = group.words[0];
    return { ...base, kind: 'personnel', unit: 'personnel', subject: pred ? `${noun} ${pred.text}` : noun, rule: 'quantities.group', confidence: 0.6 };
  }
  // "A further 20,000 belonged to the Interior Ministry": more of what the last figure counted.
  const more = before[before.length - 1];
  const last0 = f.earlier[f.earlier.length - 1] ?? f.before;
  if (more && ADDING.has(more) && last0 && !['money', 'percent'].includes(last0.kind) && last0.unit !== 'fold') {
    const pred = predicateAfter(ctx, n.end, f.limit);
    const subject = pred ? `${last0.subject ?? last0.unit ?? ''} ${pred.text}`.trim() : last0.subject;
    return { ...base, kind: last0.kind, unit: last0.unit, subject, subjectKey: last0.subjectKey, rule: 'quantities.more-of', confidence: 0.55 };
  }
  // "military base number 61933": a label, not a strength.
  if (before[before.length - 1] === 'number' && c.labelNouns.has(before[before.length - 2] ?? '')) return null;
  // "the 28-member, 65-year-old alliance": a figure glued to a word it does not count inherits no noun.
  if (/^[-‐‑]\p{L}/u.test(text.slice(n.end, n.end + 2))) return null;
  if (matchPhraseBefore(c.strengthCues, before, before.length)) {
    return { ...base, kind: 'personnel', unit: 'personnel', subject: null, rule: 'quantities.strength', confidence: 0.75 };
  }
  if (f.next && !f.next.unit && SHARED_NOUN_GAP.test(text.slice(n.end, f.next.start))) {
    const shared = countedNoun(ctx, f.next.end, f.limit);
    if (shared?.kind && (shared.entry || shared.designation)) {
      return { ...base, kind: shared.kind, unit: shared.unit, subject: shared.phrase, subjectKey: shared.entityKey, rule: 'quantities.shared-noun', confidence: 0.6 };
    }
  }
  const last = f.earlier[f.earlier.length - 1];
  // The figure before must be close by: a bare figure far from it is more likely a reference or a label.
  const near = last && n.start - last.end <= MAX_ELIDED_GAP && text[n.end] !== ')' ? last : undefined;
  const prev = near ?? (OF_THEM.test(text.slice(n.end, n.end + 20)) ? f.before : undefined);
  if (prev && !['money', 'percent'].includes(prev.kind) && prev.unit !== 'fold') {
    return { ...base, kind: prev.kind, unit: prev.unit, subject: prev.subject, subjectKey: prev.subjectKey, rule: 'quantities.elided', confidence: 0.6 };
  }
  const cs = f.subjectBefore();
  if (cs?.entry) {
    return { ...base, kind: cs.entry.kind, unit: cs.entry.plural.toLowerCase(), subject: cs.text, rule: 'quantities.clause-subject', confidence: 0.6 };
  }
  const noun = nounBefore(ctx, n.start, f.sentStart);
  if (noun) {
    // "about 60 in Tajikistan": where or which ones, said after the figure.
    const mod = postModifier(ctx, n.end, f.limit);
    const plural = noun.plural.toLowerCase();
    return { ...base, kind: noun.kind, unit: plural, subject: mod ? `${plural} ${mod.text}` : plural, rule: 'quantities.noun-before', confidence: 0.4 };
  }
  return null;
}

export function wordsBefore(text: string, at: number, count: number): string[] {
  const m = text.slice(Math.max(0, at - 60), at).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return m.slice(-count);
}

/**
 * "for every officer who ..., there are as many as nine who ...", "the planes that ended up there: about
 * 60 in Tajikistan": the last person or machine noun before the figure in its sentence.
 */
function nounBefore(ctx: BindContext, at: number, from: number): NounEntry | undefined {
  const words = ctx.text.slice(Math.max(from, at - 200), at).match(/\p{L}+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const e = ctx.c.nouns.get(words[k].toLowerCase());
    if (e && (e.kind === 'personnel' || e.kind === 'equipment')) return e;
  }
  return undefined;
}
