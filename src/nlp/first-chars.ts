import { branches, classEnd, matchingParen } from './regex-source.ts';

/**
 * The characters a regex source can start a match with (lower-cased for a case-insensitive
 * regex), or null when that is not
 * known (a class, a wildcard, an escape like \w, or a pattern that may match the
 * empty string). It lets a big alternation be split into small ones by first character, so a
 * scan tries only the alternatives that can match at a place. Written for the small fragments of
 * the data files; anything it does not understand makes it answer null, which is always safe.
 */
export function firstChars(source: string, ignoreCase = true): Set<string> | null {
  let chars: Set<string> | null = new Set();
  const fold = ignoreCase ? (c: string) => c.toLowerCase() : (c: string) => c;
  for (const [a, b] of branches(source, 0, source.length)) {
    const r = sequence(source, a, b, fold);
    if (r.nullable) return null;
    chars = union(chars, r.chars);
  }
  return chars;
}

interface First {
  chars: Set<string> | null;
  /** Whether the piece can match the empty string, so what follows it may start the match. */
  nullable: boolean;
}

const DIGITS = '0123456789';
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);
const CLASS_ESCAPES = new Set(['w', 'W', 'd', 'D', 's', 'S', 'p', 'P', 'u', 'x', 'c', 'k', 'n', 'r', 't', 'f', 'v', '0']);

type Fold = (c: string) => string;

/**
 * The first characters of every pattern as a regex class ("[2ABM]") for a lookahead that lets the
 * engine skip places no pattern can start at; null when some pattern may start with anything.
 */
export function firstCharClass(patterns: readonly string[], ignoreCase = false): string | null {
  const all = new Set<string>();
  for (const p of patterns) {
    const f = firstChars(p, ignoreCase);
    if (!f) return null;
    for (const c of f) all.add(c);
  }
  return all.size ? `[${[...all].sort().map((c) => c.replace(/[\\\]^-]/, '\\$&')).join('')}]` : null;
}

function sequence(src: string, from: number, to: number, fold: Fold): First {
  let chars: Set<string> | null = new Set();
  let i = from;
  while (i < to) {
    const { first, next } = atom(src, i, to, fold);
    const { nullable, next: after } = quantifier(src, next, to);
    chars = union(chars, first.chars);
    if (!(first.nullable || nullable)) return { chars, nullable: false };
    i = after;
  }
  return { chars, nullable: true };
}

function atom(src: string, i: number, to: number, fold: Fold): { first: First; next: number } {
  const c = src[i]!;
  if (c === '(') {
    const close = matchingParen(src, i, to);
    if (close < 0) return { first: { chars: null, nullable: false }, next: to };
    let body = i + 1;
    if (src[body] === '?') {
      // A lookaround consumes nothing: the match still starts with what follows it.
      if (/^\?(?:[=!]|<[=!])/.test(src.slice(body, body + 3))) return { first: { chars: new Set(), nullable: true }, next: close + 1 };
      const named = /^\?<[A-Za-z_$][\w$]*>/.exec(src.slice(body, close));
      if (src[body + 1] === ':') body += 2;
      else if (named) body += named[0].length;
      else return { first: { chars: null, nullable: false }, next: close + 1 };
    }
    let chars: Set<string> | null = new Set();
    let nullable = false;
    for (const [a, b] of branches(src, body, close)) {
      const r = sequence(src, a, b, fold);
      chars = union(chars, r.chars);
      nullable ||= r.nullable;
    }
    return { first: { chars, nullable }, next: close + 1 };
  }
  if (c === '[') return { first: { chars: null, nullable: false }, next: classEnd(src, i, to) };
  if (c === '\\') {
    const e = src[i + 1] ?? '';
    if (ZERO_WIDTH_ESCAPES.has(e)) return { first: { chars: new Set(), nullable: true }, next: i + 2 };
    if (e === 'd') return { first: { chars: new Set(DIGITS), nullable: false }, next: i + 2 };
    if (CLASS_ESCAPES.has(e) || /\d/.test(e)) return { first: { chars: null, nullable: false }, next: i + 2 };
    return { first: { chars: new Set([fold(e)]), nullable: false }, next: i + 2 };
  }
  if (c === '^' || c === '$') return { first: { chars: new Set(), nullable: true }, next: i + 1 };
  if (c === '.' || c === '|' || c === ')') return { first: { chars: null, nullable: false }, next: i + 1 };
  return { first: { chars: new Set([fold(c)]), nullable: false }, next: i + 1 };
}

function quantifier(src: string, i: number, to: number): { nullable: boolean; next: number } {
  if (i >= to) return { nullable: false, next: i };
  const c = src[i];
  let nullable = false;
  let next = i;
  if (c === '?' || c === '*') { nullable = true; next = i + 1; }
  else if (c === '+') next = i + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i, to));
    if (m) { nullable = m[1] === '0'; next = i + m[0].length; }
  }
  if (next > i && src[next] === '?') next++;
  return { nullable, next };
}

function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return null;
  for (const x of b) a.add(x);
  return a;
}
