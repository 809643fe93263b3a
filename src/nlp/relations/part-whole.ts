import { foldName } from '../../model/names.ts';
import type { Quantity } from '../../model/facts.ts';
import { isPercent, q, type LinkContext } from './context.ts';

// Between a total and what opens its breakdown: a bracket, a colon, "including", "of which/whom".
const OPENER = /^[^\d()\n:;]{0,60}?(\(|:|\b(?:including|incl\.|of which|of whom|among them|comprising)\b)/i;

/**
 * Rule part-whole: a stated total followed by its breakdown in the same sentence: "164 aircraft
 * (40 A, 14 B, ...)", "550 sent abroad: 300 ... and 250 ...", "12,000 troops, including 3,000
 * conscripts". Each part is linked to its total (part_of); parts count the same things as the total.
 */
export function linkPartsToTotals(ctx: LinkContext): void {
  for (const [sentenceIndex, group] of ctx.quantitiesBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    const claimed = new Set<number>();
    for (const total of group) {
      // A total of one is a single thing whose bracket describes it, not a breakdown.
      if (isPercent(total.fact) || total.fact.value <= 1) continue;
      const m = OPENER.exec(ctx.between(total.fact.end, sentence.end));
      if (!m) continue;
      const open = total.fact.end + m[0].length;
      const bracket = m[1] === '(';
      const close = bracket ? closingBracket(ctx.between(open, sentence.end), open) : sentence.end;
      const parts = group.filter((p) => p !== total && !claimed.has(p.index) && p.fact.start >= open && p.fact.end <= close
        && sameKind(total.fact, p.fact) && depth(ctx.between(open, p.fact.start)) === 0);
      // A bracket or colon lists at least two parts; "including" may name one.
      if (parts.length < (bracket || m[1] === ':' ? 2 : 1)) continue;
      for (const p of parts) {
        claimed.add(p.index);
        ctx.add({ type: 'part_of', rule: 'part-whole', from: q(p.index), to: q(total.index), value: m[1].toLowerCase(), sentence: sentenceIndex, start: total.fact.start, end: p.fact.end });
      }
    }
  }
}

/** Parts of a breakdown count the same things as the total: same kind, and the same unit when both say one. */
function sameKind(total: Quantity, part: Quantity): boolean {
  if (part.kind !== total.kind || part.unit === 'percent') return false;
  if (total.kind === 'money') return part.unit === total.unit;
  // Conscripts, officers and contract soldiers are all parts of a force's people.
  if (total.kind === 'personnel') return true;
  return !part.unit || !total.unit || sameHead(singular(part.unit), singular(total.unit));
}

/** "combat aircraft" and "aircraft" count the same things: one unit is the other's head noun with modifiers. */
function sameHead(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

const singular = (unit: string) => foldName(unit).replace(/(?<=[a-z]{2})(es|s)$/, '');

function closingBracket(text: string, offset: number): number {
  let d = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') d++;
    else if (text[i] === ')' && --d === 0) return offset + i;
  }
  return offset + text.length;
}

function depth(text: string): number {
  let d = 0;
  for (const ch of text) d += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return d;
}
