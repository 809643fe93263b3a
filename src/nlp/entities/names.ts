import type { RecognizerContext } from './context.ts';
import type { Unit } from './chunks.ts';
import type { TitlePayload } from './lexicon.ts';

/** A run of titles ("Defense Minister Army General", "then-CENTCOM Commander Admiral") starting at word `at`. */
export interface TitleChain {
  to: number;
  forms: TitlePayload[];
}

export function titleChainAt(ctx: RecognizerContext, at: number): TitleChain | null {
  const forms: TitlePayload[] = [];
  let i = at;
  for (;;) {
    const m = ctx.lx.titles.longestAt(ctx.words, i);
    if (!m) break;
    const real = m.entries.find((e) => e.kind !== 'modifier') ?? m.entries[0]!;
    forms.push(real);
    i = m.to;
    // "Lt." is two words here: the period belongs to the title.
    if (ctx.words[i]?.text === '.' && !ctx.words[i]!.spaceBefore) i++;
  }
  if (!forms.some((f) => f.kind !== 'modifier')) return null;
  return { to: i, forms };
}

/** Could this unit be part of a person's name? */
export function isNameUnit(ctx: RecognizerContext, u: Unit): boolean {
  const { lx, words } = ctx;
  if (u.connector) return lx.particles.has(u.text);
  const w = words[u.from]!;
  if (w.kind !== 'word' || !w.cap) return false;
  if (w.upper && w.text.length > 1) return false;
  const t = u.text;
  if (lx.stopCapitals.has(t) || lx.demonyms.has(t) || lx.languages.has(t)) return false;
  if (lx.orgHeads.has(t) || lx.programHeads.has(t) || lx.placeHeads.has(t) || lx.programLeaders.has(t)) return false;
  if (lx.titles.longestAt(words, u.from)) return false;
  const known = lx.names.longestAt(words, u.from);
  if (known && known.to >= u.to && known.entries.some((e) => !e.contextual && !e.requiresYear)) return false;
  return true;
}

export const isInitial = (u: Unit) => /^\p{Lu}\.$/u.test(u.text);

/** Looks like a surname on its own: ends like the usual Slavic/Turkic/Caucasian surnames. */
export function hasSurnameEnding(ctx: RecognizerContext, s: string): boolean {
  const l = s.toLowerCase();
  return l.length > 4 && ctx.lx.surnameEndings.some((e) => l.endsWith(e));
}
