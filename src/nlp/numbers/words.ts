import type { Entity, Mention } from '../../model/facts.ts';
import type { CompiledNumbers, NounEntry } from './lexicon.ts';
import { lowerCase } from '../lower-case.ts';

/** A word of running text with its wink POS tag (undefined when the tokenizer split it differently). */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string | undefined;
  /** Written in parentheses: "(SAM)". */
  paren: boolean;
}

/** What the binding steps read besides the figures: text, POS tags, entity mentions, lexicon. */
export interface BindContext {
  text: string;
  c: CompiledNumbers;
  posAt(offset: number): string | undefined;
  /** The entity mention covering [start, end), if any. */
  mentionOver(start: number, end: number): { mention: Mention; entity: Entity } | null;
}

const WORD_CHAR = /[\p{L}\p{N}’'\-‐‑/]/u;

/** The word starting after spaces at `at` (before `limit`); a parenthesised single word is marked paren. */
export function readWord(ctx: BindContext, at: number, limit: number): Word | null {
  const t = ctx.text;
  let k = at;
  while (k < limit && (t[k] === ' ' || t[k] === '\t')) k++;
  let paren = false;
  if (t[k] === '(') {
    paren = true;
    k++;
  }
  const start = k;
  while (k < limit && WORD_CHAR.test(t[k])) k++;
  // A word ends before trailing hyphens or apostrophes ("Forces’").
  while (k > start && /[’'\-‐‑/]/.test(t[k - 1])) k--;
  if (k === start || !/[\p{L}\p{N}]/u.test(t[start])) return null;
  let end = k;
  if (paren) {
    if (t[k] !== ')') return null;
    end = k;
  }
  const text = t.slice(start, end);
  return { text, lower: lowerCase(text), start, end, pos: ctx.posAt(start), paren };
}

/** Offset just after a word, past its closing parenthesis when it has one. */
export const afterWord = (w: Word) => (w.paren ? w.end + 1 : w.end);

/** "MiG-29s", "C-130", "T-72", "BTR-80A", "F-16", "054A", "2A4": a model designation. */
export const DESIGNATION = /^(?:\p{L}[\p{L}]{0,5}-?\d{1,4}[\p{L}\d-]*|\d{1,4}[A-Z][A-Za-z\d-]*)$/u;

/** The lexicon noun the words [0..k] end with (longest multi-word match), or null. */
export function nounEndingAt(words: readonly Word[], k: number, c: CompiledNumbers): { entry: NounEntry; first: number } | null {
  for (let n = Math.min(c.nounMaxWords, k + 1); n >= 1; n--) {
    const parts: string[] = [];
    for (let m = k - n + 1; m <= k; m++) {
      if (words[m].paren) {
        parts.length = 0;
        break;
      }
      parts.push(...words[m].lower.split(/[-‐‑]/));
    }
    if (!parts.length) continue;
    for (let cut = 0; cut < parts.length; cut++) {
      const e = c.nouns.get(parts.slice(cut).join(' '));
      if (e && (cut === 0 || n === 1)) return { entry: e, first: k - n + 1 };
    }
  }
  return null;
}
