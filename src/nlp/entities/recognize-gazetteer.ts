import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { isYearWord } from './context.ts';
import type { NamePayload } from './lexicon.ts';

/** Known names: countries, places, organizations, programs, equipment names, generic state bodies, branches. */
export function recognizeKnownNames(ctx: RecognizerContext): Candidate[] {
  const { words, lx } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.kind !== 'word' && w.kind !== 'abbr') continue;
    const m = lx.names.longestAt(words, i, true);
    if (!m) continue;
    let to = m.to;
    let entries = m.plural ? m.entries.filter((e) => e.pluralOk) : m.entries;
    // A name glued into a longer word ("Kazakhstani" is its own word; "non-NATO" still names NATO).
    const next = words[to];
    if (next && next.kind === 'word' && !next.spaceBefore && words[to - 1]!.kind === 'word') continue;
    const year = yearAfter(ctx, to);
    if (year) {
      const yearly = entries.filter((e) => e.type === 'PROGRAM' && e.attrs.kind === 'exercise');
      if (yearly.length) {
        entries = yearly;
        to = year;
      } else if (ctx.words[m.to]?.kind === 'dash' && entries.every((e) => e.source === 'branch')) {
        // "Army-2021": a forum or show named after the year, not the branch.
        continue;
      }
    }
    if (to === m.to) entries = entries.filter((e) => !e.requiresYear);
    const payload = pickEntry(entries);
    if (!payload) continue;
    out.push({
      from: i, to, type: payload.type, ref: { kind: 'known', payload },
      rule: `entities.gazetteer.${payload.source}`, confidence: payload.contextual ? 0.7 : 0.95,
      priority: PRIORITY.gazetteer, attrs: { ...payload.attrs },
      ...(m.plural ? { surface: ctx.text.slice(words[i]!.start, words[m.to - 1]!.end - 1) } : {}),
    });
    i = to - 1;
  }
  return out;
}

/** "Steppe Eagle 2007", "Zapad-2021": the word index after the year, or 0. */
function yearAfter(ctx: RecognizerContext, to: number): number {
  const w = ctx.words[to];
  if (isYearWord(w)) return to + 1;
  if (w?.kind === 'dash' && !w.spaceBefore && isYearWord(ctx.words[to + 1]) && !ctx.words[to + 1]!.spaceBefore) return to + 2;
  return 0;
}

// Same span, several meanings: a country before an organization before a program before a place or equipment.
const RANK: Record<NamePayload['source'], number> = {
  country: 0, org: 1, generic: 2, branch: 3, 'armed-forces': 4, program: 5, place: 6, equipment: 7,
};

function pickEntry(entries: NamePayload[]): NamePayload | undefined {
  let best: NamePayload | undefined;
  for (const e of entries) if (!best || RANK[e.source] < RANK[best.source]) best = e;
  return best;
}
