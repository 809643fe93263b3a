import type { HTMLElement, Node } from 'node-html-parser';

// Elements that start a new line in rendered text.
const BLOCK = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption',
  'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center', 'fieldset', 'legend', 'header', 'footer',
  'nav', 'aside', 'form', 'hgroup', 'search',
]);
const CELL = new Set(['td', 'th']);

/**
 * The text a browser would show for an element: block elements on their own lines, table cells
 * separated by tabs, whitespace collapsed outside <pre>, entities decoded.
 */
export function renderText(el: HTMLElement): string {
  const parts: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const text = node.text; // entities decoded
      // Inside <pre> line breaks and indentation are content: set aside from the line trimming below.
      parts.push(pre ? text.replace(/\n/g, '\u0001').replace(/ /g, '\u0002') : text.replace(/[ \t\n\r\f]+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (tag === 'br') {
      parts.push('\n');
      return;
    }
    if (tag === 'img') {
      return;
    }
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (const child of node.childNodes) walk(child, pre || tag === 'pre');
    if (block) parts.push('\n');
    else if (CELL.has(tag)) parts.push('\t');
  };
  walk(el, false);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, '').replace(/ *\t */g, '\t'))
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .replace(/\u0001/g, '\n')
    .replace(/\u0002/g, ' ');
}
