import type { DocumentTexts } from '../context/texts.ts';

const MAX_ITEMS = 20;
const MAX_ITEM_CHARS = 300;

/**
 * The list a sentence introduces with a trailing colon: the following sentences that each start a
 * line and are short, up to the first long line. A writer's way of listing elements of a plan.
 */
export function listAfter(texts: DocumentTexts, documentId: number, sentence: number): { text: string; documentId: number; sentence: number }[] {
  const doc = texts.doc(documentId);
  const intro = texts.sentence(documentId, sentence);
  if (!doc || !intro || !intro.text.trimEnd().endsWith(':')) return [];
  const out: { text: string; documentId: number; sentence: number }[] = [];
  const following = doc.sentences.filter((s) => s.index > sentence).sort((a, b) => a.index - b.index);
  for (const s of following) {
    const text = doc.text.slice(s.start, s.end).trim();
    const startsLine = s.start === 0 || /\n\s*$/.test(doc.text.slice(Math.max(0, s.start - 5), s.start));
    if (!startsLine || text.length > MAX_ITEM_CHARS || out.length >= MAX_ITEMS) break;
    out.push({ text: text.replace(/^(\d+[.)]|[-•*–])\s*/, '').replace(/[;,.]$/, ''), documentId, sentence: s.index });
  }
  return out;
}
