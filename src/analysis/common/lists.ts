import type { LinkIndex } from '../context/links.ts';
import { lref } from '../context/links.ts';
import { shownText } from '../context/sources.ts';

/**
 * The elements a program's sentence lists after a colon, as the extraction linked them (links of
 * type `list_item` from the program's mention; each link's span is the item).
 */
export function listAfter(links: LinkIndex, mentionId: number): { text: string; documentId: number; sentence: number; link: string }[] {
  return links.from('mention', mentionId, 'list_item')
    .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
    .map((l) => ({ text: shownText(l), documentId: l.documentId, sentence: l.sentence, link: lref(l) }));
}
