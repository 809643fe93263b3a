import { allMatches } from '../all-matches.ts';
import { PRIORITY, type Candidate } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { wordSpan } from './recognize-patterns.ts';

/** "Uzbek media (uzdaily.com, jahonnews.uz)", "according to News.MN": a website a text cites is an organization, a media outlet. */
export function recognizeWebsites(ctx: RecognizerContext): Candidate[] {
  const { lx, text } = ctx;
  const out: Candidate[] = [];
  for (const m of allMatches(lx.website, text)) {
    // "(www.mod.kz)": an address given for reference names no source.
    if (/^www\./i.test(m[0])) continue;
    const span = wordSpan(ctx, m.index, m.index + m[0].length);
    if (!span) continue;
    const [from, to] = span;
    out.push({
      from, to, type: 'ORG', ref: { kind: 'named', name: m[0] }, rule: 'entities.org.website',
      confidence: 0.8, priority: PRIORITY.gazetteer, attrs: { kind: 'media' },
    });
  }
  return out;
}
