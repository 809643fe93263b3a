import { createHash } from 'node:crypto';

// Invisible characters that split words for matching: zero-width spaces/joiners, bidi marks,
// word joiner and invisible operators, BOM, soft hyphen.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u00AD]/g;
// Non-breaking and typographic spaces (NBSP, figure/narrow/ideographic spaces) read as plain spaces.
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
// Control characters other than tab and newline carry no text.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

/**
 * The one normalization every document goes through; all offsets in the atlas refer to its output.
 * Typographic quotes and dashes are kept: the extractor handles them.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(INVISIBLE, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\f\v]/g, '\n')
    .normalize('NFC')
    .replace(ODD_SPACES, ' ')
    .replace(CONTROL, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\s+$/, '');
}

/** sha256 hex of the normalized text: identical text means the same document, whatever its file. */
export function contentHash(normalizedText: string): string {
  return createHash('sha256').update(normalizedText, 'utf8').digest('hex');
}
