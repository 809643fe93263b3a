import type { StoredQuantity } from '../../model/views.ts';
import { groupBy } from '../common/counts.ts';
import { allowedInterval } from '../common/intervals.ts';
import { analysisLexicon, wordRegex } from '../common/lexicon.ts';
import { sourceOf } from '../context/sources.ts';
import type { DocumentTexts } from '../context/texts.ts';
import { fmt, type Draft, type RuleResult } from './finding.ts';

export interface RatioTolerances {
  /** Allowed relative gap between a stated multiple ("100-fold") and the figures' ratio. */
  foldRelative: number;
  /** Allowed gap, in percentage points, between a stated percentage and the one its figures give. */
  percentPoints: number;
}

const isPercent = (q: StoredQuantity) => q.kind === 'percent' || q.unit === 'percent';
const isFold = (q: StoredQuantity) => /^(fold|times|x)$/i.test(q.unit ?? '');
const comparable = (a: StoredQuantity, b: StoredQuantity) => a.kind === b.kind && a.unit === b.unit && !isPercent(a) && !isFold(a);
// A currency sign or code may sit between "from"/"to" and the figure's span.
const FROM = /\bfrom\s+(?:about\s+|some\s+|around\s+)?(?:[A-Za-z$€£¥₸₽]{0,4}\s*)?$/i;
const TO = /^[^.;]{0,60}?\bto\s+(?:about\s+|some\s+|around\s+)?(?:[A-Za-z$€£¥₸₽]{0,4}\s*)?$/i;
const ATTACHED = /^\s*(?:\(|,\s*or\s+|,\s*i\.e\.\s*|\s*[—–-]\s*)$/i;

/**
 * Rule ratio-vs-figures: a stated multiple ("doubled", "100-fold") or percentage that the figures it
 * describes, in the same sentence, do not bear out.
 */
export function checkRatios(quantities: StoredQuantity[], texts: DocumentTexts, tol: RatioTolerances): RuleResult {
  const lex = analysisLexicon();
  const drafts: Draft[] = [];
  let checked = 0;
  for (const group of groupBy(quantities, (q) => `${q.documentId}:${q.sentence}`).values()) {
    group.sort((a, b) => a.start - b.start);
    const doc = group[0].documentId;
    const sentence = texts.sentence(doc, group[0].sentence);
    if (!sentence) continue;
    const gap = (a: StoredQuantity, b: StoredQuantity) => texts.between(doc, a.end, b.start);
    const fromTo = group.flatMap((x, i) => group.slice(i + 1).filter((y) => comparable(x, y)
      && FROM.test(texts.between(doc, Math.max(sentence.start, x.start - 20), x.start)) && TO.test(gap(x, y))).map((y) => [x, y] as const));

    // 1. stated multiples
    const folds: { value: number; label: string; q: StoredQuantity | null }[] = group.filter(isFold).map((q) => ({ value: q.value, label: q.quote, q }));
    for (const [word, value] of Object.entries(lex.foldWords)) {
      if (wordRegex(word).test(sentence.text)) folds.push({ value, label: word, q: null });
    }
    if (folds.length === 1) {
      const pair = fromTo[0] ?? twoComparable(group);
      if (pair && pair[0].value > 0) {
        checked++;
        const [x, y] = pair;
        const actual = fromTo[0] ? y.value / x.value : Math.max(x.value, y.value) / Math.min(x.value, y.value);
        const stated = fromTo[0] || folds[0].value >= 1 ? folds[0].value : 1 / folds[0].value;
        if (Math.abs(actual / stated - 1) > tol.foldRelative) {
          drafts.push({
            rule: 'ratio-vs-figures',
            message: `"${folds[0].label}" stated, but the figures give a ${fmt(actual)}-fold change`,
            arithmetic: `${fmt(y.value)} / ${fmt(x.value)} = ${fmt(actual)} vs stated ${fmt(stated)} (off by ${fmt(Math.abs(actual / stated - 1) * 100)}% > ${fmt(tol.foldRelative * 100)}%)`,
            sources: [...(folds[0].q ? [sourceOf('quantity', folds[0].q)] : []), sourceOf('quantity', x), sourceOf('quantity', y)],
          });
        }
      }
    }

    for (const p of group.filter(isPercent)) {
      // 2. "of the 250 officers, 110 (44 percent) resigned": the percentage attached to a part of a base.
      const part = group.filter((q) => q.end <= p.start && comparable(q, q) && ATTACHED.test(gap(q, p))).at(-1);
      const base = part && group.filter((q) => q.start < part.start && comparable(q, part) && q.value > part.value).at(-1);
      if (part && base) {
        checked++;
        checkPercent(drafts, p, (part.value / base.value) * 100, `${fmt(part.value)} / ${fmt(base.value)} × 100`, [part, base], tol);
        continue;
      }
      // 3. "from X to Y, an increase of P percent"
      const lead = texts.between(doc, Math.max(sentence.start, p.start - 30), p.start);
      if (!lex.changeWords.some((w) => wordRegex(w).test(lead)) || !fromTo.length) continue;
      const [x, y] = fromTo.sort((a, b) => Math.abs(a[0].start - p.start) - Math.abs(b[0].start - p.start))[0];
      if (x.value <= 0) continue;
      checked++;
      const change = Math.abs((y.value - x.value) / x.value) * 100;
      checkPercent(drafts, p, change, `|${fmt(y.value)} − ${fmt(x.value)}| / ${fmt(x.value)} × 100`, [x, y], tol);
    }
  }
  return { rule: 'ratio-vs-figures', checked, drafts };
}

function checkPercent(drafts: Draft[], p: StoredQuantity, actual: number, formula: string, figures: StoredQuantity[], tol: RatioTolerances): void {
  const [lo, hi] = allowedInterval(p, 0.05);
  if (actual >= lo - tol.percentPoints && actual <= hi + tol.percentPoints) return;
  drafts.push({
    rule: 'ratio-vs-figures',
    message: `${fmt(p.value)} percent stated, but the figures give ${fmt(actual)} percent`,
    arithmetic: `${formula} = ${fmt(actual)}% vs stated ${fmt(p.value)}% (tolerance ${fmt(tol.percentPoints)} points)`,
    sources: [sourceOf('quantity', p), ...figures.map((f) => sourceOf('quantity', f))],
  });
}

/** The only two comparable figures of a sentence, in text order, when there are exactly two. */
function twoComparable(group: StoredQuantity[]): readonly [StoredQuantity, StoredQuantity] | null {
  for (let i = 0; i < group.length; i++) {
    const same = group.filter((q) => comparable(group[i], q));
    if (same.length === 2) return [same[0], same[1]] as const;
  }
  return null;
}
