import type { Quantity } from '../../model/facts.ts';
import { linkCues } from './cues.ts';
import { isFold, isPercent, q, type Indexed, type LinkContext } from './context.ts';
import { findWord, wordRegex } from './words.ts';

const comparable = (a: Quantity, b: Quantity) => a.kind === b.kind && a.unit === b.unit && !isPercent(a) && !isFold(a);
// A currency sign or code may sit between "from"/"to" and the figure's span.
const FROM = /\bfrom\s+(?:about\s+|some\s+|around\s+)?(?:[A-Za-z$€£¥₸₽]{0,4}\s*)?$/i;
const TO = /^[^.;]{0,60}?\bto\s+(?:about\s+|some\s+|around\s+)?(?:[A-Za-z$€£¥₸₽]{0,4}\s*)?$/i;
const ATTACHED = /^\s*(?:\(|,\s*or\s+|,\s*i\.e\.\s*|\s*[—–-]\s*)$/i;

/**
 * Rules before-after, stated-multiple, share-of and stated-change, over one sentence's figures:
 * "from X to Y" (before_after X → Y); "doubled" or "100-fold" beside such a pair (multiple_of, the
 * stated factor as number); "of the 250 officers, 110 (44 percent)" (share_of, percent → part, and
 * part_of part → base); "from X to Y, an increase of P percent" (change_of, percent → X).
 */
export function linkChanges(ctx: LinkContext): void {
  const cues = linkCues();
  for (const [sentenceIndex, group] of ctx.quantitiesBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    const gap = (a: Indexed<Quantity>, b: Indexed<Quantity>) => ctx.between(a.fact.end, b.fact.start);
    const fromTo: (readonly [Indexed<Quantity>, Indexed<Quantity>])[] = group.flatMap((x, i) => group.slice(i + 1).filter((y) => comparable(x.fact, y.fact)
      && FROM.test(ctx.between(Math.max(sentence.start, x.fact.start - 20), x.fact.start)) && TO.test(gap(x, y))).map((y) => [x, y] as const));
    // "previously earned X ..., reduced to Y": a word of the earlier state before X, a change-to phrase before Y.
    const lead = (f: Quantity, n: number) => ctx.between(Math.max(sentence.start, f.start - n), f.start);
    const endsWith = (text: string, words: string[]) => words.some((w) => new RegExp(`(?<![\\p{L}])${w.replace(/ /g, '\\s+')}\\s+(?:(?:about|some|around|just|only)\\s+)?(?:[A-Za-z$€£¥₸₽]{0,4}\\s*)?$`, 'iu').test(text));
    const hasWord = (text: string, words: string[]) => findWord(text, words) !== null;
    for (const x of group) {
      if (fromTo.some(([a]) => a === x) || !hasWord(lead(x.fact, 30), cues.beforeWords)) continue;
      const y = group.find((g) => g.fact.start > x.fact.end && comparable(x.fact, g.fact) && endsWith(lead(g.fact, 40), cues.changedToWords));
      if (y) fromTo.push([x, y] as const);
    }
    for (const [x, y] of fromTo) {
      const fromToWords = FROM.test(ctx.between(Math.max(sentence.start, x.fact.start - 20), x.fact.start));
      ctx.add({ type: 'before_after', rule: fromToWords ? 'before-after' : 'previously-changed-to', from: q(x.index), to: q(y.index), sentence: sentenceIndex, start: x.fact.start, end: y.fact.end, confidence: fromToWords ? 0.85 : 0.7 });
    }

    // Stated multiples: a fold figure or a fold word, with the pair it describes.
    const pair = fromTo[0] ?? twoComparable(group);
    if (pair) {
      const folds = group.filter((x) => isFold(x.fact));
      const word = folds.length ? null : findWord(sentence.text, Object.keys(cues.foldWords), sentence.start);
      if (folds.length + (word ? 1 : 0) === 1) {
        const [x, y] = pair;
        const factor = folds[0]?.fact.value ?? cues.foldWords[word!.word];
        const span = folds[0] ? { start: folds[0].fact.start, end: folds[0].fact.end } : word!;
        ctx.add({
          type: 'multiple_of', rule: fromTo[0] ? 'stated-multiple' : 'stated-multiple-unordered', from: q(y.index), to: q(x.index),
          number: factor, value: folds[0] ? `q:${folds[0].index}` : word!.word, sentence: sentenceIndex, ...span, confidence: fromTo[0] ? 0.8 : 0.6,
        });
      }
    }

    for (const p of group.filter((x) => isPercent(x.fact))) {
      const part = group.filter((x) => x.fact.end <= p.fact.start && comparable(x.fact, x.fact) && ATTACHED.test(gap(x, p))).at(-1);
      const base = part && group.filter((x) => x.fact.start < part.fact.start && comparable(x.fact, part.fact) && x.fact.value > part.fact.value).at(-1);
      if (part && base) {
        ctx.add({ type: 'share_of', rule: 'share-of', from: q(p.index), to: q(part.index), sentence: sentenceIndex, start: part.fact.start, end: p.fact.end });
        ctx.add({ type: 'part_of', rule: 'share-base', from: q(part.index), to: q(base.index), value: 'share', sentence: sentenceIndex, start: base.fact.start, end: part.fact.end, confidence: 0.7 });
        continue;
      }
      const lead = ctx.between(Math.max(sentence.start, p.fact.start - 30), p.fact.start);
      if (!fromTo.length || !cues.changeWords.some((w) => wordRegex(w).test(lead))) continue;
      const [x] = [...fromTo].sort((a, b) => Math.abs(a[0].fact.start - p.fact.start) - Math.abs(b[0].fact.start - p.fact.start))[0];
      ctx.add({ type: 'change_of', rule: 'stated-change', from: q(p.index), to: q(x.index), sentence: sentenceIndex, start: Math.max(sentence.start, p.fact.start - 30), end: p.fact.end });
    }
  }
}

/** The only two comparable figures of a sentence, in text order, when there are exactly two. */
function twoComparable(group: Indexed<Quantity>[]): readonly [Indexed<Quantity>, Indexed<Quantity>] | null {
  for (const g of group) {
    const same = group.filter((x) => comparable(g.fact, x.fact));
    if (same.length === 2) return [same[0], same[1]] as const;
  }
  return null;
}
