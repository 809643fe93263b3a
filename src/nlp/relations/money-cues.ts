import { linkCues } from './cues.ts';
import { isPercent, q, type LinkContext } from './context.ts';
import { allWords, findWord } from './words.ts';

// "from 47 million this year to 4.8 billion next year": years stated relative to another figure of the sentence.
const THIS_YEAR = /^\s*(?:\([^)]*\)\s*)?(?:this|the current) year\b/i;
const NEXT_YEAR = /^\s*(?:\([^)]*\)\s*)?(?:next|the next|the following) year\b/i;

/**
 * Money cues. money_category (value: pay, budget, ...; rule money-category-subject when the figure's
 * own subject or words name it, money-category-nearest when the nearest category word of the
 * sentence does, money-change when "more than the previous year" follows: a change, not a level);
 * relative_year (a "next year" figure → the "this year" figure of the sentence, number +1);
 * gdp_share (a percentage of GDP).
 */
export function linkMoneyCues(ctx: LinkContext): void {
  const cues = linkCues();
  for (const [sentenceIndex, group] of ctx.quantitiesBySentence) {
    const sentence = ctx.sentence(sentenceIndex);
    if (!sentence) continue;
    const money = group.filter((x) => x.fact.kind === 'money');
    const after = (end: number, n: number) => ctx.between(end, Math.min(end + n, ctx.state.text.length));
    for (const x of money) {
      const f = x.fact;
      const change = findWord(after(f.end, 40), cues.moneyChangeAfter, f.end);
      if (change) {
        ctx.add({ type: 'money_category', rule: 'money-change', from: q(x.index), value: 'change', sentence: sentenceIndex, start: change.start, end: change.end });
        continue;
      }
      const own = cues.moneyCategories.find((c) => findWord(f.subject ?? '', c.words) || findWord(f.quote, c.words));
      if (own) {
        ctx.add({ type: 'money_category', rule: 'money-category-subject', from: q(x.index), value: own.id, sentence: sentenceIndex, start: f.start, end: f.end, confidence: 0.85 });
        continue;
      }
      let best: { id: string; start: number; end: number; distance: number } | null = null;
      for (const c of cues.moneyCategories) {
        for (const hit of allWords(sentence.text, c.words, sentence.start)) {
          const distance = Math.abs(hit.start - f.start);
          if (!best || distance < best.distance) best = { id: c.id, start: hit.start, end: hit.end, distance };
        }
      }
      if (best) ctx.add({ type: 'money_category', rule: 'money-category-nearest', from: q(x.index), value: best.id, sentence: sentenceIndex, start: best.start, end: best.end, confidence: 0.6 });
    }
    const anchor = money.find((x) => x.fact.date && THIS_YEAR.test(after(x.fact.end, 60)));
    if (anchor) {
      for (const x of money) {
        if (x !== anchor && NEXT_YEAR.test(after(x.fact.end, 60))) {
          ctx.add({ type: 'relative_year', rule: 'next-year', from: q(x.index), to: q(anchor.index), number: 1, sentence: sentenceIndex, start: x.fact.start, end: x.fact.end + (NEXT_YEAR.exec(after(x.fact.end, 60))?.[0].length ?? 0) });
        }
      }
    }
    for (const x of group.filter((y) => isPercent(y.fact))) {
      const hit = findWord(x.fact.subject ?? '', cues.gdpWords) ? { start: x.fact.start, end: x.fact.end } : findWord(x.fact.quote, cues.gdpWords, x.fact.start);
      if (hit) ctx.add({ type: 'gdp_share', rule: 'gdp-share', from: q(x.index), sentence: sentenceIndex, start: hit.start, end: hit.end });
    }
  }
}
