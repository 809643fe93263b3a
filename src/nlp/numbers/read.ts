import type { NumberSpan } from '../state.ts';
import { type CountedNoun, countedNoun, postModifier } from './counted-noun.ts';
import { elided, wordsBefore } from './elided.ts';
import { matchPhraseBefore } from './lexicon.ts';
import { compoundAfter, ofPhrase, worthOf } from './phrases.ts';
import { moneyFromVerb, moneyNounNear } from './money-subject.ts';
import { predicateAfter } from './predicate.ts';
import type { FigureContext, Reading } from './reading.ts';
import { type BindContext, readWord } from './words.ts';

const CURRENCY = /^[A-Z]{3}$/;

/** Reads kind, unit and subject of one figure; null when it is not a quantity after all. */
export function readFigure(ctx: BindContext, n: NumberSpan, f: FigureContext): Reading | null {
  const { text } = ctx;
  const { limit, subjectBefore } = f;
  const prev = f.earlier[f.earlier.length - 1];
  const base = { subjectKey: null, end: n.end, modifier: null, confidence: 0.9 };
  if (n.unit && CURRENCY.test(n.unit)) {
    const paren = parenthesised(text, n.start);
    const subject = worthOf(ctx, n.end, limit) ?? underProgram(ctx.text, n.end, limit) ?? (paren ? null : moneySubjectOf(ctx, n, f)) ?? prev?.subject ?? null;
    return { ...base, kind: 'money', unit: n.unit, subject, rule: 'quantities.money' };
  }
  if (n.unit === 'percent') {
    const of = ofPhrase(ctx, n.end, limit);
    // "a 12 percent increase", "15 percent losses": the noun the share is of.
    const noun = of ? null : countedNoun(ctx, n.end, limit);
    const cs = subjectBefore()?.text;
    // "70 percent of the troops serving in the border service": which ones the share is of.
    const mod = of ? postModifier(ctx, of.end, limit) : null;
    const whole = of ? (mod ? `${of.phrase} ${mod.text}` : of.phrase) : null;
    const subject = whole && cs ? `${cs} as share of ${whole}` : whole ?? noun?.phrase ?? cs ?? prev?.subject ?? null;
    const end = mod?.end ?? of?.end ?? noun?.end ?? n.end;
    return { ...base, kind: 'percent', unit: 'percent', subject, subjectKey: of?.entityKey ?? null, end, rule: 'quantities.percent' };
  }
  if (n.unit === 'fold') {
    const subject = subjectBefore()?.text ?? prev?.subject ?? null;
    return { ...base, kind: 'count', unit: 'fold', subject, rule: 'quantities.fold', confidence: 0.8 };
  }
  if (theTwo(text, n)) return null;
  // "men aged 18 to 27": an age in years.
  const before = wordsBefore(text, n.start, 4);
  if (matchPhraseBefore(ctx.c.ageCues, before, before.length)) {
    return { ...base, kind: 'count', unit: 'years', subject: 'age', rule: 'quantities.age', confidence: 0.7 };
  }
  const compound = compoundAfter(ctx, n.end, limit);
  if (compound) return compound;
  const noun = countedNoun(ctx, n.end, limit);
  if (noun && (noun.entry || noun.designation || n.value === 1 || looksPlural(noun.unit ?? ''))) {
    if (notAboutTheWorld(ctx, noun, limit)) return null;
    return fromNoun(ctx, n, noun, limit, f);
  }
  // "only 94 of the T-90S tanks", "two of the four brigades": the of-phrase says what is counted.
  const of = noun ? null : ofPhrase(ctx, n.end, limit);
  if (of && (of.entry || of.designation) && n.value > 1) return fromNoun(ctx, n, of, limit, f);
  // "24,500 serve in the ground forces": a singular unknown word after a plural figure is a verb.
  return elided(ctx, n, f);
}

/** The money noun near the figure; else the clause subject unless it only names the payer ("Baku spent"); else the verb's noun. */
function moneySubjectOf(ctx: BindContext, n: NumberSpan, f: FigureContext): string | null {
  const near = moneyNounNear(ctx, n.start, n.end, f.sentStart, f.limit);
  if (near) return near;
  // "The state has spent $1 billion for defense": what it was spent on says more than who spent it.
  const verb = moneyFromVerb(ctx, n.start, n.end, f.sentStart, f.limit);
  if (verb?.includes(' ')) return verb;
  const cs = f.subjectBefore();
  const named = cs ? ctx.mentionOver(cs.start, cs.end) : null;
  const onlyPayer = !!cs && !!named && named.mention.start <= cs.start && named.mention.end >= cs.end;
  if (cs && !onlyPayer) return cs.text;
  return verb ?? cs?.text ?? null;
}

/**
 * "four months later", "two days before the vote": a span placing an event in time; "three trends stand
 * out", "for two reasons": nouns the writer's argument counts.
 */
function notAboutTheWorld(ctx: BindContext, noun: CountedNoun, limit: number): boolean {
  if (noun.entry?.time) {
    const w = readWord(ctx, noun.end, limit);
    if (w && !w.paren && ctx.c.relativeTimeWords.has(w.lower)) return true;
  }
  const last = noun.phrase.toLowerCase().split(/\s+/).pop() ?? '';
  return ctx.c.discourseNouns.has(last);
}

const OTHER_BETWEEN = /^\s+other\s+$/i;
// "$26.4 million under the International Military Education and Training program": money a named program gives.
const UNDER_PROGRAM = /^\s+under\s+(?:the\s+)?(\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}\d-]*)*)/u;
function underProgram(text: string, at: number, limit: number): string | null {
  const m = UNDER_PROGRAM.exec(text.slice(at, Math.min(limit, at + 160)));
  return m ? `funding under ${m[1]}` : null;
}
// The figures a group's "of" may already have counted before this one: "of 250 Russian officers and ".
const EARLIER_ITEMS = /(?:\s+[\d.,]+(?:\s+[\p{L}-]+){1,3}\s*(?:,|\band\b))*\s+$/u;

/** "a contingent of 250 officers and 150 soldiers": the group noun (with its modifiers) whose "of" counts the figure. */
function groupBefore(ctx: BindContext, at: number, from: number): string | null {
  const before = ctx.text.slice(Math.max(from, at - 120), at);
  const items = EARLIER_ITEMS.exec(before);
  const head = before.slice(0, items ? items.index : before.length);
  const m = GROUP_OF.exec(head);
  if (!m || !ctx.c.groupNouns.has(m[2]!.toLowerCase())) return null;
  return `${m[1] ?? ''}${m[2]}`.trim();
}
const GROUP_OF = /(?:\b(?:a|an|the|its|their|his|her)\s+)((?:[\p{L}-]+\s+){0,2})?([\p{L}-]+)\s+of$/u;

const looksPlural = (w: string) => /(s|men|people|ae)$/i.test(w);

function fromNoun(ctx: BindContext, n: NumberSpan, noun: CountedNoun, limit: number, f: FigureContext): Reading | null {
  // "one" with a noun the lexicon does not know is a pronoun or an article ("one unintended outcome").
  if (n.value === 1 && !noun.entry && !noun.designation) return null;
  let subject = noun.designation && noun.entityName ? noun.entityName : noun.designation ? noun.phrase.replace(/s$/, '') : noun.phrase;
  // "five other states": the ones meant are others than those just named.
  if (OTHER_BETWEEN.test(ctx.text.slice(n.end, noun.start))) subject = `other ${subject}`;
  let end = noun.end;
  let modifier: Reading['modifier'] = null;
  const of = noun.entry?.measure ? ofPhrase(ctx, noun.end, limit) : null;
  if (of) {
    // "80,000 square meters of housing", "11 million hectares of leased land": the measured thing.
    subject = of.phrase;
    end = of.end;
  } else if (noun.entry?.time || noun.entry?.measure) {
    // "The average flying time for pilots is about 100 hours per year": what lasts or measures that much.
    const cs = f.subjectBefore();
    if (cs) subject = cs.text;
  }
  if (!of) {
    const mod = postModifier(ctx, noun.end, limit);
    const told = noun.kind === 'personnel' || noun.kind === 'equipment' || (noun.kind === 'count' && !!noun.entry && !noun.entry.time && !noun.entry.measure);
    if (mod) {
      subject = `${subject} ${mod.text}`;
      modifier = mod;
      // "involve 100 units of military hardware": what the units are of, then what they do.
      const verb = told && !noun.designation && /^of\s/i.test(mod.text) ? f.objectVerb() : null;
      if (verb) subject = `${subject} ${verb}`;
    } else if (told) {
      // "2,000 cadets received training in Turkey": what they did says which ones are counted.
      const pred = predicateAfter(ctx, afterGloss(ctx.text, noun.end, limit), limit);
      // "The Chinese side will send 550 troops": the verb before says which ones, as "troops sent by the Chinese side";
      // a model ("24 Su-30SMs") is named by its designation alone.
      const verb = pred || noun.designation ? null : f.objectVerb();
      // "a contingent of 250 officers and 150 soldiers", "an army of 100,000 fighters": the group they are in.
      const group = pred || verb || noun.designation ? null : groupBefore(ctx, n.start, f.sentStart);
      if (pred || verb) subject = `${subject} ${pred?.text ?? verb}`;
      else if (group) subject = `${subject} in ${group}`;
    }
  }
  const kind = noun.kind ?? 'count';
  const rule = noun.entry ? `quantities.${kind}` : noun.designation ? 'quantities.model' : 'quantities.noun';
  return { kind, unit: noun.unit, subject, subjectKey: noun.entityKey, end, modifier, rule, confidence: noun.entry ? 0.85 : 0.6 };
}

// "24 helicopters (Super Tucano, Black Hawk ...) crossed the border": what they did follows the list of their models.
const GLOSS = /^\s*\([^()]{1,200}\)/;
function afterGloss(text: string, at: number, limit: number): number {
  const m = GLOSS.exec(text.slice(at, Math.min(limit, at + 210)));
  return m ? at + m[0].length : at;
}

// "the two sides", "the two ministers": "both", a reference back, not a stated figure.
function theTwo(text: string, n: NumberSpan): boolean {
  return n.value === 2 && /^two$/i.test(n.quote) && /\bthe\s+$/i.test(text.slice(Math.max(0, n.start - 5), n.start));
}

function parenthesised(text: string, at: number): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, at - 3), at));
}
