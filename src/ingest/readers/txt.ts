import { decodeText } from '../decode-text.ts';
import type { RawDocument } from './raw-document.ts';

/** Plain text is its own text; the title is guessed later from the normalized lines. */
export async function readTxt(bytes: Uint8Array, path: string): Promise<RawDocument> {
  return { text: decodeText(bytes, path), title: null, publishedDate: null };
}
