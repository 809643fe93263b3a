import type { Entity } from '../../model/facts.ts';
import { linkCues } from './cues.ts';
import { m, q, type LinkContext } from './context.ts';
import { wordRegex } from './words.ts';

const countryOf = (e: Entity | undefined): string | null => {
  const c = e?.attributes.country;
  return typeof c === 'string' && /^[A-Z]{2}$/.test(c) ? c : null;
};

/**
 * Rule currency-from-context: a figure in a currency name several countries share (som, manat,
 * ruble, dinar, dollar) without the country's adjective is that of the country the text is about.
 * The link's `value` is the currency and `to` the mention that decided it: a candidate country
 * (or one of its bodies) named in the sentence, nearest first, else the candidate named most often
 * in the document (rule currency-from-document). Nothing is linked when no candidate is named.
 */
export function linkSharedCurrencies(ctx: LinkContext): void {
  const shared = linkCues().sharedCurrencyNames;
  const names = Object.keys(shared).sort((a, b) => b.length - a.length);
  // Mentions by country, built only when a figure needs the document's count: lists grow in place.
  let counted: Map<string, number[]> | null = null;
  const byCountry = () => {
    if (counted) return counted;
    counted = new Map();
    ctx.state.mentions.forEach((mm, i) => {
      const c = countryOf(ctx.state.entities.get(mm.entityKey));
      if (!c) return;
      const list = counted!.get(c);
      if (list) list.push(i);
      else counted!.set(c, [i]);
    });
    return counted;
  };
  for (const [sentenceIndex, group] of ctx.quantitiesBySentence) {
    for (const x of group) {
      if (x.fact.kind !== 'money') continue;
      // The currency word written in the figure itself, with nothing naming the country before it.
      const name = names.find((n) => wordRegex(n).test(x.fact.quote));
      if (!name) continue;
      const hit = wordRegex(name).exec(x.fact.quote)!;
      if (/\b(?:us|u\.s\.|american|kyrgyz|uzbek|russian|belarusian|azerbaijani|turkmen|canadian|australian|iraqi|jordanian|kuwaiti|serbian)\s+$/i.test(x.fact.quote.slice(0, hit.index))) continue;
      const candidates = shared[name];
      const inSentence = (ctx.mentionsBySentence.get(sentenceIndex) ?? [])
        .filter((mm) => candidates[countryOf(ctx.state.entities.get(mm.fact.entityKey)) ?? ''])
        .sort((a, b) => Math.abs(a.fact.start - x.fact.start) - Math.abs(b.fact.start - x.fact.start));
      let decider = inSentence[0]?.index;
      let rule = 'currency-from-sentence';
      if (decider === undefined) {
        const ranked = Object.keys(candidates).map((c) => byCountry().get(c) ?? []).filter((l) => l.length).sort((a, b) => b.length - a.length);
        // A tie between two candidates decides nothing.
        if (!ranked.length || (ranked[1] && ranked[1].length === ranked[0].length)) continue;
        decider = ranked[0][0];
        rule = 'currency-from-document';
      }
      const country = countryOf(ctx.state.entities.get(ctx.state.mentions[decider].entityKey))!;
      ctx.add({
        type: 'currency', rule, from: q(x.index), to: m(decider), value: candidates[country],
        sentence: sentenceIndex, start: x.fact.start + hit.index, end: x.fact.start + hit.index + hit[0].length, confidence: rule === 'currency-from-sentence' ? 0.8 : 0.65,
      });
    }
  }
}
