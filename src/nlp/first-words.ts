import { branches, matchingParen } from './regex-source.ts';

/**
 * The words (maximal runs of ASCII letters, digits and "_", lower-cased) a case-insensitive regex
 * source can start a match with, or null when they are not a small finite set: the pattern opens
 * with a class, a wildcard, \w, a repeated letter, or expands to more than MAX_WORDS words.
 * "sign(?:s|ed)? (?:a|the) treaty" -> {sign, signs, signed}; "cease-?fires?" -> {cease, ceasefire,
 * ceasefires}. A scan can then look a text's word up instead of trying the regex there.
 * DIGIT_LED in the set stands for any word that starts with a digit ("\\d{4} events", "\\d+th").
 */
export function firstWords(source: string): Set<string> | null {
  const out = new Set<string>();
  return expand(parse(source), '', out) ? out : null;
}

const MAX_WORDS = 64;
export const DIGIT_LED = '#digit';

type Atom =
  | { kind: 'char'; char: string; optional: boolean }
  | { kind: 'group'; branches: Atom[][]; optional: boolean }
  | { kind: 'end' } // ends a word: \s or a repeated non-word literal
  | { kind: 'boundary' } // consumes nothing: \b, ^ or $ (ends a word, if one has started)
  | { kind: 'skip' } // consumes nothing and constrains nothing we track: a lookaround
  | { kind: 'digit' } // \d at least once
  | { kind: 'unknown' };

const isWordChar = (c: string) => /^[A-Za-z0-9_]$/.test(c);

/** Walks the atoms, growing `word`; true when every path ends the first word within the limits. */
function expand(atoms: readonly Atom[], word: string, out: Set<string>): boolean {
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    if (a.kind === 'skip') continue;
    if (a.kind === 'unknown') return false;
    if (a.kind === 'end' || (a.kind === 'boundary' && word)) return finish(word, out);
    if (a.kind === 'boundary') continue;
    if (a.kind === 'digit') {
      if (word) return false;
      out.add(DIGIT_LED);
      return out.size <= MAX_WORDS;
    }
    const rest = atoms.slice(i + 1);
    if (a.kind === 'char') {
      if (a.optional && !expand(rest, word, out)) return false;
      if (!isWordChar(a.char)) return finish(word, out);
      word += a.char.toLowerCase();
      continue;
    }
    if (a.optional && !expand(rest, word, out)) return false;
    return a.branches.every((b) => expand([...b, ...rest], word, out));
  }
  return finish(word, out);
}

function finish(word: string, out: Set<string>): boolean {
  if (!word) return false; // the match may start with a non-word character
  out.add(word);
  return out.size <= MAX_WORDS;
}

function parse(src: string): Atom[] {
  return branches(src, 0, src.length).length > 1
    ? [{ kind: 'group', branches: branches(src, 0, src.length).map(([a, b]) => parseSeq(src, a, b)), optional: false }]
    : parseSeq(src, 0, src.length);
}

function parseSeq(src: string, from: number, to: number): Atom[] {
  const atoms: Atom[] = [];
  let i = from;
  while (i < to) {
    const c = src[i]!;
    let atom: Atom;
    let next = i + 1;
    if (c === '(') {
      const close = matchingParen(src, i, to);
      if (close < 0) return [...atoms, { kind: 'unknown' }];
      next = close + 1;
      const head = src.slice(i + 1, i + 4);
      if (/^\?(?:[=!]|<[=!])/.test(head)) atom = { kind: 'skip' };
      else {
        const named = /^\?<[A-Za-z_$][\w$]*>/.exec(src.slice(i + 1, close));
        const body = head.startsWith('?:') ? i + 3 : named ? i + 1 + named[0].length : head.startsWith('?') ? -1 : i + 1;
        atom = body < 0 ? { kind: 'unknown' } : { kind: 'group', branches: branches(src, body, close).map(([a, b]) => parseSeq(src, a, b)), optional: false };
      }
    } else if (c === '\\') {
      const e = src[i + 1] ?? '';
      next = i + 2;
      atom = e === 'b' ? { kind: 'boundary' } : e === 's' ? { kind: 'end' } : e === 'd' ? { kind: 'digit' } : /[A-Za-z0-9]/.test(e) ? { kind: 'unknown' } : { kind: 'char', char: e, optional: false };
    } else if (c === '[') {
      // A class of plain letters ("[sz]") is a choice of one-letter branches; any other class is unknown.
      const m = /^\[([A-Za-z0-9]+)\]/.exec(src.slice(i, to));
      next = m ? i + m[0].length : to;
      atom = m ? { kind: 'group', branches: [...m[1]!].map((ch) => [{ kind: 'char', char: ch, optional: false }]), optional: false } : { kind: 'unknown' };
    } else if (c === '.') atom = { kind: 'unknown' };
    else if (c === '^' || c === '$') atom = { kind: 'boundary' };
    else atom = { kind: 'char', char: c, optional: false };
    // Quantifiers: "?" and "{0,1}" make an atom optional; anything that repeats it is not followed.
    const q = src[next];
    if (q === '?' || /^\{0,1\}/.test(src.slice(next, next + 5))) {
      if (atom.kind === 'char' || atom.kind === 'group') atom.optional = true;
      else if (atom.kind === 'digit') atom = { kind: 'unknown' };
      next += q === '?' ? 1 : 5;
    } else if (q === '*' || q === '+' || q === '{') {
      const atLeastOnce = q !== '*' && !/^\{0/.test(src.slice(next));
      if (atLeastOnce && atom.kind === 'digit') { /* still at least one digit */ }
      else if (atLeastOnce && (atom.kind === 'end' || (atom.kind === 'char' && !isWordChar(atom.char)))) atom = { kind: 'end' };
      else atom = { kind: 'unknown' };
      next = src.indexOf(q === '{' ? '}' : q, next) + 1;
    }
    if (src[next] === '?' && (q === '*' || q === '+' || q === '{' || q === '?')) next++;
    atoms.push(atom);
    i = next;
  }
  return atoms;
}
