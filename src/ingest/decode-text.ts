import { InvalidInput } from '../model/errors.ts';

/**
 * Decodes the bytes of a plain-text-like file: UTF-16 when it starts with a UTF-16 byte order mark,
 * UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise (the usual legacy encoding of English text).
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) {
    throw new InvalidInput(`atlas: cannot read ${path}: binary content, not text (is the extension right?)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** NUL bytes never occur in UTF-8 or single-byte text; a few in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}
