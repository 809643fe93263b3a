// How far one inline construct (a link's text or address, an emphasized run, a code span) may
// reach along a line. Unbounded, a construct opened and never closed ("**" with no closing "**")
// made the regex scan to the end of the line from every opener: quadratic on a long line (200 KB
// of unclosed "**" took 15 s). Bounded, each opener costs at most this much; a longer construct
// (none in ordinary writing) is left as written.
const MAX_SPAN = 1000;
const N = String(MAX_SPAN);
const re = (source: string, flags: string) => new RegExp(source.replaceAll('{N}', N), flags);

const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const CODE_SPAN = re('(`{1,64})([^`]|[^`][\\s\\S]{0,{N}}?[^`])\\1(?!`)', 'g');
const IMAGE = re('!\\[([^\\]]{0,{N}})\\]\\([^)]{0,{N}}\\)', 'g');
const IMAGE_REF = re('!\\[([^\\]]{0,{N}})\\]\\[[^\\]]{0,{N}}\\]', 'g');
const FOOTNOTE = re('\\[\\^[^\\]]{1,{N}}\\]', 'g');
const LINK = re('\\[([^\\]]{1,{N}})\\]\\((?:[^()]|\\([^)]{0,{N}}\\)){0,{N}}\\)', 'g');
const LINK_REF = re('\\[([^\\]]{1,{N}})\\]\\[[^\\]]{0,{N}}\\]', 'g');
const AUTOLINK = re('<((?:https?|ftp|mailto):[^>\\s]{1,{N}})>', 'gi');
const HTML_TAG = re('<\\/?[A-Za-z][^>]{0,{N}}>', 'g');
const STRONG = re('(\\*\\*|__)(?=\\S)([\\s\\S]{0,{N}}?\\S)\\1', 'g');
const STRIKE = re('~~(?=\\S)([\\s\\S]{0,{N}}?\\S)~~', 'g');

/**
 * Strips inline Markdown from one line, keeping what a reader sees: link and image text,
 * code span content, emphasized words. Code spans are set aside first so their content stays literal.
 */
export function stripInlineMarkdown(line: string): string {
  const literal: string[] = [];
  const setAside = (text: string) => `\u0000${literal.push(text) - 1}\u0000`;
  let s = line
    .replace(ESCAPE, (_, ch: string) => setAside(ch))
    .replace(CODE_SPAN, (_, __, code: string) => setAside(code.trim()));
  s = s
    .replace(IMAGE, '$1')
    .replace(IMAGE_REF, '$1')
    .replace(FOOTNOTE, '')
    .replace(LINK, '$1')
    .replace(LINK_REF, '$1')
    .replace(AUTOLINK, '$1')
    .replace(HTML_TAG, '')
    .replace(STRONG, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(STRIKE, '$1');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literal[Number(i)] ?? '');
}
