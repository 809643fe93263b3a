import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokens.ts';

// The tokenization the scanner implements, as one regex: dotted abbreviations, words (inner apostrophes before
// letters, not before a possessive s), possessive 's, dashes, any other non-space character.
const TOKEN_SPEC = /([A-Z]\.(?:[A-Z]\.)+)|([\p{L}\p{N}]+(?:['’](?![sS]\b)[\p{L}]+)*)|(['’][sS]\b)|([-‐‑–—])|(\S)/gu;

function specTokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TOKEN_SPEC)) {
    const kind = m[1] ? 'abbr' : m[2] ? (/^\d+$/.test(m[0]) ? 'num' : 'word') : m[3] ? 'poss' : m[4] ? 'dash' : 'punct';
    out.push(`${m.index}:${m[0]}:${kind}`);
  }
  return out;
}

const scanned = (text: string) => tokenize(text, []).map((w) => `${w.start}:${w.text}:${w.kind}`);

describe('tokenize', () => {
  it('splits like the token regex on tricky text', () => {
    const samples = [
      "U.S. and U.K. forces; A.B. U.S.A Côte d'Ivoire d’Ivoire Kazakhstan’s Russia's its’ O'Neill's rock'n'roll 's ’S",
      'MiG-29s – 2,000 1.5 ‐‑—  non-NATO\u00a0Almaty\u2003x\u3000y 𝐀𝐁𝐂 🙂 \ud800 lone \udc00 x\u2019s_ x\u2019st x\u2019s1 Ǆemal ΑΒΓ Жамбыл',
      "e.g. i.e. A.B.C. a'b 'x ’ ' - -- z'", "end with apostrophe'", "s'S", 'x’S', '',
    ];
    for (const s of samples) expect(scanned(s)).toEqual(specTokens(s));
  });

  it('splits like the token regex on random mixtures of tricky characters', () => {
    const alphabet = ['a', 'Z', 'U', '.', 's', 'S', "'", '’', '-', '–', '—', '‐', ' ', '\n', '\u00a0', '1', '_', 'é', 'Ж', '𝐀', '🙂', '\ud800', '(', ','];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 0, n = 1 + Math.floor(rnd() * 20); i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      expect(scanned(s)).toEqual(specTokens(s));
    }
  });

  it('splits like the token regex on the corpus', () => {
    const dirs = ['../shared/corpus', 'bench/proxy/corpus'];
    for (const d of dirs) {
      let files: string[] = [];
      try { files = readdirSync(d).filter((f) => f.endsWith('.txt')); } catch { continue; }
      for (const f of files) {
        const text = readFileSync(`${d}/${f}`, 'utf8');
        expect(scanned(text)).toEqual(specTokens(text));
      }
    }
  });
});
