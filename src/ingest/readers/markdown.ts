import { decodeText } from '../decode-text.ts';
import { toIsoDate } from '../iso-date.ts';
import { stripInlineMarkdown } from './markdown-inline.ts';
import type { RawDocument } from './raw-document.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:\s+|$)(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/**
 * Markdown rendered to the text a reader sees: markup dropped, link text kept, fenced code kept
 * as literal lines, a paragraph's soft-wrapped lines joined into one line (as in plain-text articles).
 */
export async function readMarkdown(bytes: Uint8Array, path: string): Promise<RawDocument> {
  const { body, meta } = splitFrontMatter(decodeText(bytes, path).replace(/\r\n?/g, '\n'));
  const out: string[] = [];
  let paragraph: string[] = [];
  let firstHeading: string | null = null;
  let inQuote = false;
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(' '));
    paragraph = [];
    inQuote = false;
  };
  const heading = (text: string) => {
    flush();
    const plain = stripInlineMarkdown(text).trim();
    firstHeading ??= plain || null;
    out.push(plain);
  };

  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const close = new RegExp(`^ {0,3}${fence[1][0]}{${fence[1].length},}\\s*$`);
      for (i++; i < lines.length && !close.test(lines[i]); i++) out.push(lines[i]);
      continue;
    }
    if (!line.trim()) {
      flush();
      out.push('');
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      heading(atx[1]);
      continue;
    }
    // "Title\n=====" makes the paragraph above it a heading.
    if (paragraph.length && SETEXT_UNDERLINE.test(line)) {
      const text = paragraph.join(' ');
      paragraph = [];
      heading(text);
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line) || TABLE_SEPARATOR.test(line)) {
      flush();
      continue;
    }
    // A blockquote starts its own paragraph; lazy continuation lines stay in it.
    const quoted = /^\s*>/.test(line);
    if (quoted && !inQuote) flush();
    inQuote = quoted || (inQuote && paragraph.length > 0);
    let content = line.replace(/^\s*(?:>\s?)+/, '');
    if (/^\s*\|.*\|\s*$/.test(content)) {
      flush();
      out.push(tableRow(content));
      continue;
    }
    if (LIST_MARKER.test(content)) {
      flush();
      content = content.replace(LIST_MARKER, '');
    }
    paragraph.push(stripInlineMarkdown(content.trim()));
  }
  flush();
  return {
    text: out.join('\n'),
    title: meta.title ?? firstHeading,
    publishedDate: toIsoDate(meta.date),
  };
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => stripInlineMarkdown(cell.trim()))
    .join('\t');
}

/** YAML front matter ("---" block at the very top): dropped from the text, title and date kept. */
function splitFrontMatter(text: string): { body: string; meta: { title?: string; date?: string } } {
  const m = /^\uFEFF?---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
  if (!m) return { body: text, meta: {} };
  const meta: { title?: string; date?: string } = {};
  for (const line of m[1].split('\n')) {
    const kv = /^(title|date|published|pubDate):\s*(.+?)\s*$/i.exec(line);
    if (!kv) continue;
    const value = kv[2].replace(/^(['"])(.*)\1$/, '$2');
    if (kv[1].toLowerCase() === 'title') meta.title = value;
    else meta.date ??= value;
  }
  return { body: text.slice(m[0].length), meta };
}
