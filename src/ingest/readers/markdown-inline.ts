/**
 * Strips inline Markdown from one line, keeping what a reader sees: link and image text,
 * code span content, emphasized words. Code spans are set aside first so their content stays literal.
 */
export function stripInlineMarkdown(line: string): string {
  const literal: string[] = [];
  const setAside = (text: string) => `\u0000${literal.push(text) - 1}\u0000`;
  let s = line
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, (_, ch: string) => setAside(ch))
    .replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => setAside(code.trim()));
  s = s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^>\s]+)>/gi, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => literal[Number(i)] ?? '');
}
