import { allMatches } from '../all-matches.ts';
import { PRIORITY, type Candidate } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { wordAt } from './recognize-patterns.ts';

/** "Uzbek media (uzdaily.com, jahonnews.uz)", "according to News.MN": a website a text cites is an organization, a media outlet. */
export function recognizeWebsites(ctx: RecognizerContext): Candidate[] {
  const { words, lx, text } = ctx;
  const out: Candidate[] = [];
  for (const m of allMatches(lx.website, text)) {
    // "(www.mod.kz)": an address given for reference names no source.
    if (/^www\./i.test(m[0])) continue;
    const end = m.index + m[0].length;
    const from = wordAt(ctx, m.index);
    let to = from;
    while (to < words.length && words[to]!.start < end) to++;
    if (from < 0 || words[from]!.start !== m.index || words[to - 1]!.end !== end) continue;
    out.push({
      from, to, type: 'ORG', ref: { kind: 'named', name: m[0] }, rule: 'entities.org.website',
      confidence: 0.8, priority: PRIORITY.gazetteer, attrs: { kind: 'media' },
    });
  }
  return out;
}
