/**
 * A realistic ingest corpus made at bench time (never committed): paragraphs of the real pages
 * (bench/real) and the development document, recombined into documents of about 2 KB, with the
 * numbers, years and some capitalized names varied so that no two documents are the same text and
 * entity resolution meets both known and new names. Seeded: the same count gives the same files.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SHARED = resolve(process.env.ATLAS_SHARED ?? '../shared');

function sourceTexts(): string[] {
  const dirs = [join(SHARED, 'corpus'), resolve('bench/real/train/corpus'), resolve('bench/real/test/corpus')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => readFileSync(join(d, f), 'utf8')));
}

/** mulberry32: a small seeded generator, so runs compare like with like. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ra', 'to', 'mi', 'sen', 'bek', 'ov', 'al', 'dar', 'yev', 'zhan', 'ul', 'tor', 'nik', 'sa', 'gul', 'mur', 'as'];

/** Writes `count` documents into `dir`; returns their total size in bytes. */
export function writeIngestCorpus(dir: string, count: number, seed = 1): number {
  mkdirSync(dir, { recursive: true });
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const paragraphs = sourceTexts().flatMap((t) => t.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 80);
  const name = () => {
    const n = 2 + Math.floor(rnd() * 2);
    const s = Array.from({ length: n }, () => pick(SYLLABLES)).join('');
    return s[0].toUpperCase() + s.slice(1);
  };
  const vary = (p: string) => p
    // Years move a little, other numbers scale: dates and figures differ from document to document.
    .replace(/\b(19[5-9]\d|20[0-2]\d)\b/g, (y) => String(Number(y) + Math.floor(rnd() * 7) - 3))
    .replace(/\b\d{2,}(?:,\d{3})*\b/g, (n) => (/^(19|20)\d\d$/.test(n) ? n : Math.max(1, Math.round(Number(n.replace(/,/g, '')) * (0.5 + rnd()))).toLocaleString('en-US')))
    // Some capitalized surnames after a title become new people.
    .replace(/\b(General|Colonel|Minister|President|Admiral|Major)\s+[A-Z][a-z]+\b/g, (m, title: string) => (rnd() < 0.5 ? `${title} ${name()}` : m));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let len = 0;
    while (len < 1800) {
      const p = vary(pick(paragraphs));
      parts.push(p);
      len += p.length;
    }
    const text = `${name()} ${pick(['defense review', 'security brief', 'military report', 'budget note', 'exercise report'])} ${i + 1}\n\n${parts.join('\n\n')}\n`;
    const file = join(dir, `${String(i).padStart(6, '0')}-${name().toLowerCase()}.txt`);
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
