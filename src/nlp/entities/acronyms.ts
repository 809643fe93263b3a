import type { Candidate } from './candidates.ts';
import { PRIORITY } from './candidates.ts';
import type { RecognizerContext } from './context.ts';
import { isAcronymLike } from './tokens.ts';

/** An acronym the text defines, with the words of its long form. */
export interface AcronymDefinition {
  acronym: string;
  /** Word index of the acronym inside the parentheses (or before them, for "CSTO (Collective ...)"). */
  at: number;
  longFrom: number;
  longTo: number;
  /** The long form reads as a proper name (capitalized words). */
  titled: boolean;
}

/**
 * Schwartz & Hearst (2003): the shortest run of words ending before "(" whose letters contain the
 * acronym's letters in order, its first letter starting a word. Returns the word index of the long form's start.
 */
export function longFormStart(ctx: RecognizerContext, sf: string, from: number, to: number): number {
  const { words, text } = ctx;
  const base = words[from]!.start;
  const lf = text.slice(base, words[to - 1]!.end).toLowerCase();
  const s = sf.toLowerCase().replace(/[^a-z0-9]/g, '');
  let l = lf.length - 1;
  for (let k = s.length - 1; k >= 0; k--) {
    const c = s[k]!;
    while (l >= 0 && (lf[l] !== c || (k === 0 && l > 0 && /[\p{L}\p{N}]/u.test(lf[l - 1]!)))) l--;
    if (l < 0) return -1;
    l--;
  }
  const startChar = base + l + 1;
  for (let i = from; i < to; i++) if (words[i]!.start <= startChar && startChar < words[i]!.end) return i;
  return -1;
}

function isTitled(ctx: RecognizerContext, from: number, to: number): boolean {
  const ws = ctx.words.slice(from, to).filter((w) => w.kind === 'word' || w.kind === 'abbr');
  if (!ws.length || !ws[0]!.cap || !ws[ws.length - 1]!.cap) return false;
  const caps = ws.filter((w) => w.cap).length;
  return caps * 2 >= ws.length;
}

/** "Collective Security Treaty Organization (CSTO)" and "CSTO (Collective Security Treaty Organization)". */
export function findAcronymDefinitions(ctx: RecognizerContext): AcronymDefinition[] {
  const { words } = ctx;
  const defs: AcronymDefinition[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (!isAcronymLike(w)) continue;
    const sf = w.text.endsWith('s') && /\p{Lu}s$/u.test(w.text) ? w.text.slice(0, -1) : w.text;
    const n = sf.replace(/[^\p{L}\p{N}]/gu, '').length;
    const maxWords = Math.min(n + 5, n * 2);
    if (words[i - 1]!.text === '(' && words[i + 1]!.text === ')') {
      // Long form: words before "(" in the same sentence, stopping at punctuation other than dashes and 's.
      const to = i - 1;
      let from = to;
      let count = 0;
      while (from > 0 && count < maxWords + 2) {
        const p = words[from - 1]!;
        if (p.sentence !== w.sentence || (p.kind === 'punct' && p.text !== '.')) break;
        from--;
        if (p.kind === 'word' || p.kind === 'abbr') count++;
      }
      if (from >= to) continue;
      const s = longFormStart(ctx, sf, from, to);
      if (s < 0) continue;
      const wordCount = words.slice(s, to).filter((x) => x.kind === 'word' || x.kind === 'abbr').length;
      if (wordCount > maxWords) continue;
      defs.push({ acronym: sf, at: i, longFrom: s, longTo: to, titled: isTitled(ctx, s, to) });
    } else if (words[i + 1]!.text === '(') {
      let to = i + 2;
      while (to < words.length && words[to]!.text !== ')' && words[to]!.sentence === w.sentence) to++;
      if (words[to]?.text !== ')' || to === i + 2) continue;
      const s = longFormStart(ctx, sf, i + 2, to);
      if (s !== i + 2) continue;
      defs.push({ acronym: sf, at: i, longFrom: s, longTo: to, titled: isTitled(ctx, s, to) });
    }
  }
  return defs;
}

/** A candidate for a capitalized long form nothing else recognized: typed by the acronym's known type or its head word. */
export function longFormCandidates(ctx: RecognizerContext, defs: AcronymDefinition[]): Candidate[] {
  const { lx, words } = ctx;
  const out: Candidate[] = [];
  for (const d of defs) {
    if (!d.titled) continue;
    const known = lx.names.longestAt(words, d.at);
    const kp = known && known.to === d.at + 1 ? known.entries[0] : undefined;
    // "University of Kent (UK)": a place in parentheses locates, it does not abbreviate.
    if (kp && kp.type === 'PLACE') continue;
    const name = ctx.text.slice(words[d.longFrom]!.start, words[d.longTo - 1]!.end);
    const lastWord = words[d.longTo - 1]!.text;
    let type: Candidate['type'] = kp?.type ?? 'ORG';
    if (!kp) {
      if (lx.programHeads.has(lastWord)) type = 'PROGRAM';
      else if (lx.orgHeads.has(lastWord)) type = 'ORG';
      else if (words.slice(d.longFrom, d.longTo).some((w) => lx.orgHeads.has(w.text))) type = 'ORG';
      else if (/(?:ing|ment|ance|ence)$/.test(lastWord)) type = 'PROGRAM';
    }
    out.push({
      from: d.longFrom, to: d.longTo, type,
      ref: kp && kp.source !== 'generic' && kp.source !== 'branch' ? { kind: 'known', payload: kp } : { kind: 'named', name },
      rule: 'entities.acronym.long-form', confidence: kp ? 0.9 : 0.75, priority: PRIORITY.pairing,
      attrs: { ...(kp?.attrs ?? {}), acronym: d.acronym },
    });
  }
  return out;
}
