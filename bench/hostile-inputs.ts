/**
 * Hostile input shapes, generated on demand (never committed as big files): shared by
 * `npm run bench:hostile` and the bad-input tests. Each generator makes about `size` bytes.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

// An ordinary paragraph of the kind the atlas reads, repeated to make plain text of any size.
const PARAGRAPHS = [
  'The Ministry of Defense of Kazakhstan announced on 12 March 2019 that the Ground Forces would receive 12 new Mi-35M helicopters from Russia.',
  'According to the Defense Minister, Nurlan Yermekbayev, the defense budget rose by 8 percent to $1.7 billion in 2020.',
  'Kazakh and American troops took part in the Steppe Eagle exercise near Almaty in June 2018, alongside units from the United Kingdom.',
  'The CSTO Collective Rapid Reaction Force held joint drills in Tajikistan; about 2,000 personnel and 300 vehicles were involved.',
  'Uzbekistan signed a military cooperation agreement with Turkey in October 2020, covering training at the Military Academy in Ankara.',
];

/** Ordinary text: the sample paragraphs one per line, repeated up to `size` bytes (ASCII, so bytes = chars). */
export function plainText(size: number): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < size; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join('\n').slice(0, size);
}

/** The same ordinary text on a single line: sentences joined by spaces, no line break anywhere. */
export function longLine(size: number): string {
  return plainText(size).replace(/\n/g, ' ');
}

/** One "word" of `size` letters without a space. */
export function longWord(size: number): string {
  return 'a'.repeat(size);
}

/** HTML whose body opens `size / 5` nested <div>s and never closes them. */
export function deepHtml(size: number): string {
  const n = Math.max(1, Math.floor(size / 5));
  return `<html><head><title>Deep</title></head><body>${'<div>'.repeat(n)}<p>The Ministry of Defense of Kazakhstan bought 12 helicopters in 2019.</p></body></html>`;
}

/** Markdown: one paragraph line full of `**` openers that are never closed. */
export function unclosedBold(size: number): string {
  return `# Unclosed\n\n${'**a '.repeat(Math.max(1, Math.floor(size / 4)))}\n`;
}

/** Bytes that are not text but hold no NUL byte (random, seeded: the same file every run). */
export function binaryWithoutNul(size: number, seed = 1): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0;
    out[i] = 1 + (x % 255);
  }
  return out;
}

/** A .docx whose word/document.xml expands to about `expandedSize` bytes (padding that deflates to almost nothing). */
export async function docxBomb(expandedSize: number): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    '<w:p><w:r><w:t>The army has 12 helicopters.</w:t></w:r></w:p>';
  const tail = '</w:body></w:document>';
  zip.file('word/document.xml', head + ' '.repeat(Math.max(0, expandedSize - head.length - tail.length)) + tail);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The development corpus document, when ../shared is there (a realistic baseline). */
export function corpusSample(): string | null {
  try {
    return readFileSync(fileURLToPath(new URL('../../shared/corpus/mcdermott-kazakhstan-defense-policy-review.txt', import.meta.url)), 'utf8');
  } catch {
    return null;
  }
}
