import { InvalidInput } from '../model/errors.ts';

/**
 * Decodes the bytes of a plain-text-like file: UTF-16 when it starts with a UTF-16 byte order mark,
 * UTF-8 when the bytes are valid UTF-8, else the charset the file declares (HTML), else Windows-1252
 * (the usual legacy encoding of English text).
 */
export function decodeText(bytes: Uint8Array, path: string, declaredCharset?: string | null): string {
  return refuseBinary(decodeBytes(bytes, path, declaredCharset), path);
}

function decodeBytes(bytes: Uint8Array, path: string, declaredCharset?: string | null): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (looksBinary(bytes)) {
    throw new InvalidInput(`atlas: cannot read ${path}: binary content, not text (is the extension right?)`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const label = legacyDecoderLabel(declaredCharset);
    return label === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(label).decode(bytes);
  }
}

// Binary data without NUL bytes still decodes (as Windows-1252, every byte is a character), into
// mojibake strewn with control characters. Text has almost none: tab, line ends and form feed
// aside, a control character, an undecodable byte (U+FFFD) or a C1 control is a sign of binary.
// More than this share of them (and more than a stray few, like a DOS end-of-file mark) means binary.
const MAX_CONTROL_SHARE = 0.01;
const MIN_CONTROL_COUNT = 3;

/** The decoded text, unless it is mostly not text: then an error naming the share of control characters. */
export function refuseBinary(text: string, path: string): string {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd) bad++;
  }
  if (bad >= MIN_CONTROL_COUNT && bad > MAX_CONTROL_SHARE * text.length) {
    const share = ((100 * bad) / text.length).toFixed(1);
    throw new InvalidInput(`atlas: cannot read ${path}: binary content without NUL bytes (${share}% of its characters are control characters or undecodable bytes), not text (is the extension right?)`);
  }
  return text;
}

/** NUL bytes never occur in UTF-8 or single-byte text; a few in the first 8 KB mean a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  let nul = 0;
  for (let i = 0; i < end; i++) if (bytes[i] === 0) nul++;
  return nul > 0;
}

function legacyDecoderLabel(charset: string | null | undefined): string {
  if (!charset) return 'windows-1252';
  try {
    return new TextDecoder(charset).encoding;
  } catch {
    return 'windows-1252';
  }
}

// Node's TextDecoder decodes windows-1252 as ISO-8859-1, losing the curly quotes and dashes
// at 0x80-0x9F; this is the real table for that range (undefined bytes map to themselves).
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}
