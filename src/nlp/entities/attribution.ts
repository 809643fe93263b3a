import type { Candidate } from './candidates.ts';
import type { RecognizerContext } from './context.ts';

/** ISO2 of a country candidate, or null. */
export function countryIso(c: Candidate | undefined): string | null {
  if (!c || c.ref.kind !== 'known' || c.ref.payload.source !== 'country') return null;
  return (c.ref.payload.attrs.iso2 as string) ?? null;
}

/** The document's main country: the one named most often, by name or adjective ("Kyrgyz"); historical states excluded. */
export function focusCountry(selected: Candidate[], ctx?: RecognizerContext): string | null {
  const counts = new Map<string, number>();
  for (const c of selected) {
    const iso = countryIso(c);
    if (iso && c.ref.kind === 'known' && !c.ref.payload.attrs.historical) counts.set(iso, (counts.get(iso) ?? 0) + 1);
  }
  if (ctx) {
    for (const w of ctx.words) {
      if (w.kind !== 'word' || !w.cap) continue;
      const iso = ctx.lx.demonyms.get(w.text);
      if (iso && counts.has(iso)) counts.set(iso, counts.get(iso)! + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

/**
 * The country the text ties a candidate to: "Russia's MoD", "the Russian Air Force", "Ministry of Defense of Russia".
 * `endsAt`/`startsAt` map a word index to the selected candidate ending at / starting at it.
 */
export function attributedCountry(
  ctx: RecognizerContext, c: Candidate, endsAt: Map<number, Candidate>, startsAt: Map<number, Candidate>,
): { iso: string; via: 'possessive' | 'demonym' | 'of' | 'list' | 'modifier' } | null {
  const { words, lx } = ctx;
  const prev = words[c.from - 1];
  if (prev?.kind === 'poss') {
    const iso = countryIso(endsAt.get(c.from - 2));
    if (iso) return { iso, via: 'possessive' };
  }
  if (prev?.kind === 'word') {
    const iso = lx.demonyms.get(prev.text);
    if (iso) return { iso, via: 'demonym' };
  }
  if (words[c.to]?.lower === 'of') {
    const k = words[c.to + 1]?.lower === 'the' ? c.to + 2 : c.to + 1;
    const iso = countryIso(startsAt.get(k));
    if (iso) return { iso, via: 'of' };
  }
  return null;
}
