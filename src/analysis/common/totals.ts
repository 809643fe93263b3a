import type { TotalCheck } from '../../model/analysis.ts';
import { foldName } from '../../model/names.ts';
import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from './counts.ts';
import { allowedInterval, overlaps } from './intervals.ts';
import { figureOf } from '../context/sources.ts';
import type { DocumentTexts } from '../context/texts.ts';

// Between a total and the bracket or colon that opens its breakdown: a few words, no figures.
const OPENER = /^[^\d()\n:;]{0,60}?([(:])/;

/**
 * Stated totals followed by their breakdown in the same sentence: "164 aircraft (40 A, 14 B, ...)" or
 * "550 sent abroad: 300 ... and 250 ...". The parts are the figures of the same kind (and the same
 * currency for money) inside the brackets or after the colon; at least two are needed.
 */
export function findTotalsWithParts(quantities: StoredQuantity[], texts: DocumentTexts): TotalCheck[] {
  const out: TotalCheck[] = [];
  const bySentence = groupBy(quantities, (q) => `${q.documentId}:${q.sentence}`);
  for (const group of bySentence.values()) {
    group.sort((a, b) => a.start - b.start);
    const sentence = texts.sentence(group[0].documentId, group[0].sentence);
    if (!sentence) continue;
    for (const total of group) {
      // A total of one is a single thing whose bracket describes it, not a breakdown.
      if (total.kind === 'percent' || total.unit === 'percent' || total.value <= 1) continue;
      const after = texts.between(total.documentId, total.end, sentence.end);
      const m = OPENER.exec(after);
      if (!m) continue;
      const open = total.end + m[0].length;
      const close = m[1] === '(' ? closingBracket(texts.between(total.documentId, open, sentence.end), open) : sentence.end;
      // Only top-level figures of the breakdown: one inside a nested bracket is a detail of a part.
      const parts = group.filter((p) => p !== total && p.start >= open && p.end <= close && sameKind(total, p)
        && depth(texts.between(p.documentId, open, p.start)) === 0);
      if (parts.length < 2) continue;
      const sum = parts.reduce((s, p) => s + p.value, 0);
      const sumInterval = parts.reduce<[number, number]>((acc, p) => {
        const [lo, hi] = allowedInterval(p);
        return [acc[0] + lo, acc[1] + hi];
      }, [0, 0]);
      out.push({
        total: figureOf(total),
        parts: parts.map(figureOf),
        sum,
        difference: total.value - sum,
        consistent: overlaps(allowedInterval(total), sumInterval),
      });
    }
  }
  return out;
}

/** Parts of a breakdown count the same things as the total: same kind, and the same unit when both say one. */
function sameKind(total: StoredQuantity, part: StoredQuantity): boolean {
  if (part.kind !== total.kind || part.unit === 'percent') return false;
  if (total.kind === 'money') return part.unit === total.unit;
  return !part.unit || !total.unit || sameHead(singular(part.unit), singular(total.unit));
}

/** "combat aircraft" and "aircraft" count the same things: one unit is the other's head noun with modifiers. */
function sameHead(a: string, b: string): boolean {
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

const singular = (unit: string) => foldName(unit).replace(/(?<=[a-z]{2})(es|s)$/, '');

/** Offset of the bracket closing the one just opened (or the end of the text). */
function closingBracket(text: string, offset: number): number {
  let depth = 1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return offset + i;
  }
  return offset + text.length;
}

function depth(text: string): number {
  let d = 0;
  for (const ch of text) d += ch === '(' ? 1 : ch === ')' ? -1 : 0;
  return d;
}
