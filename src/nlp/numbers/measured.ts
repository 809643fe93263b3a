import type { Entity, Mention } from '../../model/facts.ts';
import type { CompiledNumbers } from './lexicon.ts';

// "a control radius of up to 150 km", "altitudes of 5,000 metres": the measured noun before "of" and a qualifier.
const OF_BEFORE = /(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s+of\s+(?:(?:up\s+to|about|around|approximately|nearly|almost|over|more\s+than|less\s+than|some|at\s+least)\s+)?$/u;
const STOP = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'of', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'to', 'by', 'from', 'over', 'within', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'will', 'would']);
// How far back in its sentence a measured thing's name may be.
const REACH = 200;

/** Whether a unit measures or lasts (km, tons, hours) rather than counts things. */
export function isMeasureUnit(unit: string | null, c: CompiledNumbers): boolean {
  if (!unit) return false;
  const e = c.nouns.get(unit.toLowerCase());
  return !!e && (e.measure || e.time);
}

/** "a payload of up to 750 kilograms" -> "payload": what a measure right after "of" measures, or null. */
export function measuredNoun(text: string, sentStart: number, at: number): string | null {
  const m = OF_BEFORE.exec(text.slice(Math.max(sentStart, at - 60), at));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  // Keep the noun phrase's last words after any function word: "operate within a control radius" -> "control radius".
  let i = words.length;
  while (i > 0 && !STOP.has(words[i - 1].toLowerCase())) i--;
  const phrase = words.slice(i).join(' ');
  return phrase || null;
}

// "a 300km (186-mile) forced march": past a parenthesised conversion, the noun the measure modifies.
const NOUN_AFTER = /^\)?\s*(?:\([^()\n]{0,40}\)\s*)?((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)/;

/** "a 300km forced march" -> "forced march": what a measure written before a noun measures, or null. */
export function measuredNounAfter(text: string, end: number): string | null {
  const m = NOUN_AFTER.exec(text.slice(end, end + 80));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (STOP.has(w)) break;
    kept.push(w);
  }
  return kept.length ? kept.join(' ') : null;
}

/** The last piece of equipment named before a measure in its sentence: what can fly 24 hours or carry 750 kg. */
export function measuredEquipment(sentenceMentions: readonly Mention[], entities: ReadonlyMap<string, Entity>, sentStart: number, at: number): Entity | null {
  let best: Entity | null = null;
  for (const m of sentenceMentions) {
    if (m.end > at || m.start < Math.max(sentStart, at - REACH)) continue;
    const e = entities.get(m.entityKey);
    if (e?.type === 'EQUIPMENT') best = e;
  }
  return best;
}
