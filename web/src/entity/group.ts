import type { EntityDetailT } from '../types.ts';

type Mention = EntityDetailT['mentions'][number];
type Claim = EntityDetailT['claims'][number];

/** One sentence that names the entity, however many times (full name, then acronym). */
export interface SentenceMentions {
  key: string;
  documentId: number;
  documentTitle: string;
  sentence: number;
  sentenceText: string;
  /** The first mention's ref: the link opens the reader at it. */
  ref: string;
  mentions: Mention[];
}

/** Mentions grouped by sentence, in the order their sentences first appear. */
export function mentionsBySentence(mentions: Mention[]): SentenceMentions[] {
  const groups = new Map<string, SentenceMentions>();
  for (const m of mentions) {
    const key = `${m.documentId}:${m.sentence}`;
    const g = groups.get(key);
    if (g) g.mentions.push(m);
    else groups.set(key, { key, documentId: m.documentId, documentTitle: m.documentTitle, sentence: m.sentence, sentenceText: m.sentenceText || m.quote, ref: m.ref, mentions: [m] });
  }
  return [...groups.values()];
}

const QUOTE_MARKS = /^[\s"“”‘’'«»]+|[\s"“”‘’'«»]+$/g;
const comparable = (s: string) => s.replace(/["“”‘’'«»]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** A statement's words without the quote marks around them (the page adds its own). */
export function unquoted(text: string): string {
  return text.replace(QUOTE_MARKS, '');
}

/**
 * Statements with one per utterance: the pipeline may find the same words in one sentence both as
 * a quotation and as an attribution (once with its quote marks). Within a sentence, a statement
 * whose words another one already contains is dropped; the quotation wins a tie.
 */
export function distinctClaims(claims: Claim[]): Claim[] {
  const kept: Claim[] = [];
  for (const c of claims) {
    const words = comparable(c.text);
    const same = kept.findIndex((k) => k.documentId === c.documentId && k.sentence === c.sentence
      && (comparable(k.text).includes(words) || words.includes(comparable(k.text))));
    if (same < 0) { kept.push(c); continue; }
    const other = kept[same];
    const longer = comparable(other.text).length === words.length ? (c.kind === 'quote' ? c : other)
      : words.length > comparable(other.text).length ? c : other;
    kept[same] = longer;
  }
  return kept;
}
