import { type CountedNoun, countedNoun, postModifier } from './counted-noun.ts';
import type { Reading } from './reading.ts';
import { type BindContext, readWord } from './words.ts';

/** "a five-year plan", "the five-day war in Georgia", "a 500-strong force": the figure counts the compound's noun. */
export function compoundAfter(ctx: BindContext, end: number, limit: number): Reading | null {
  const { text, c } = ctx;
  const hyphen = /^[-‐‑]\p{L}/u.test(text.slice(end, end + 2));
  // "a 2 kilogram warhead", "a 1-2 kilogram payload": a singular measure unit before a noun, written without its hyphen.
  const spaced = !hyphen && /^ \p{Ll}/u.test(text.slice(end, end + 2)) ? readWord(ctx, end + 1, limit) : null;
  const unitEntry = spaced ? c.nouns.get(spaced.lower) : undefined;
  if (!hyphen && !(spaced && unitEntry?.measure && spaced.lower === unitEntry.singular.toLowerCase() && countedNoun(ctx, spaced.end, limit))) return null;
  const w = spaced ?? readWord(ctx, end + 1, limit);
  if (!w) return null;
  const then = countedNoun(ctx, w.end, limit);
  const mod = then ? postModifier(ctx, then.end, limit) : null;
  const subject = then ? (mod ? `${then.phrase} ${mod.text}` : then.phrase) : null;
  const base = { subjectKey: then?.entityKey ?? null, end: then?.end ?? w.end, modifier: mod, subject };
  // "the 65-year-old North Atlantic Treaty Organization": the age of what follows.
  const old = /^(\p{L}+)-old$/u.exec(w.lower);
  const ageUnit = old ? c.timeUnits.get(old[1]!) : undefined;
  const aged = ageUnit ? AGED.exec(text.slice(w.end, Math.min(limit, w.end + 120)))?.[1] ?? countedNoun(ctx, w.end, limit)?.phrase : null;
  if (ageUnit && aged) {
    const of = aged.trim().replace(/\s+/g, ' ');
    return { subjectKey: null, end: w.end, modifier: null, subject: `age of ${of}`, kind: 'count', unit: ageUnit, rule: 'quantities.age', confidence: 0.75 };
  }
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

// The name an age compound describes: capitalized words, with "of", "the", "and" or "for" inside.
const AGED = /^\s+((?:\p{Lu}[\p{L}\d-]*(?:\s+(?:of|the|and|for)\s+|\s+)?)+)/u;

/** "75 percent of the required officer posts": the noun phrase after "of" (not a pronoun). */
export function ofPhrase(ctx: BindContext, end: number, limit: number): CountedNoun | null {
  const of = readWord(ctx, end, limit);
  if (of?.lower !== 'of') return null;
  let at = of.end;
  const det = readWord(ctx, at, limit);
  if (det && /^(the|a|an|its|their|his|her|our|all)$/.test(det.lower)) at = det.end;
  return countedNoun(ctx, at, limit, true);
}

/** "$60 million worth of Russian aviation equipment". */
export function worthOf(ctx: BindContext, end: number, limit: number): string | null {
  const w = readWord(ctx, end, limit);
  if (w?.lower !== 'worth') return null;
  return ofPhrase(ctx, w.end, limit)?.phrase ?? null;
}
