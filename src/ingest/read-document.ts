import { constants, lstatSync, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { DocumentFormat, DocumentInput } from '../model/document.ts';
import { InvalidInput } from '../model/errors.ts';
import { displayPath } from './display-path.ts';
import { describeSupported, formatOf } from './formats.ts';
import { DEFAULT_LIMITS, limitExceeded, type ReadLimits } from './limits.ts';
import { contentHash, normalizeText } from './normalize.ts';
import { readDocx } from './readers/docx.ts';
import { readHtml } from './readers/html.ts';
import { readMarkdown } from './readers/markdown.ts';
import { readPdf } from './readers/pdf.ts';
import type { FormatReader } from './readers/raw-document.ts';
import { readTxt } from './readers/txt.ts';
import { cleanMetadataTitle, titleFromFileName, titleFromText } from './title.ts';

const READERS: Record<DocumentFormat, FormatReader> = {
  txt: readTxt,
  md: readMarkdown,
  html: readHtml,
  pdf: readPdf,
  docx: readDocx,
};

/**
 * Reads one file into a normalized DocumentInput; every failure is an InvalidInput naming the file
 * (control characters in its name escaped). `limits` bound what the file may cost to read.
 */
export async function readDocument(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<DocumentInput> {
  const name = displayPath(path);
  const format = formatOf(path);
  if (!format) {
    throw new InvalidInput(`atlas: unsupported file format: ${name} (supported: ${describeSupported()})`);
  }
  const bytes = await readBytes(path, name, limits);
  let raw;
  try {
    raw = await READERS[format](bytes, name, limits);
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    throw new InvalidInput(`atlas: cannot read ${name}: ${(e as Error)?.message ?? String(e)}`, e);
  }
  if (raw.text.length > 2 * limits.maxTextLength) throw limitExceeded(name, 'maxTextLength', raw.text.length, limits);
  const text = normalizeText(raw.text);
  // An empty document (an empty file, a page whose text is built by scripts) would land as nothing.
  if (!text) throw new InvalidInput(`atlas: cannot read ${name}: no text found in this ${format} file`);
  if (text.length > limits.maxTextLength) throw limitExceeded(name, 'maxTextLength', text.length, limits);
  const metaTitle = cleanMetadataTitle(raw.title === null ? null : normalizeText(raw.title));
  return {
    sourcePath: path,
    title: metaTitle ?? titleFromText(text) ?? titleFromFileName(path),
    format,
    text,
    byteSize: bytes.byteLength,
    contentHash: contentHash(text),
    publishedDate: raw.publishedDate,
  };
}

/** What a file that is not a regular one is, in words. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * The file's bytes, read only from a regular file (a pipe would wait forever for a writer, a
 * device like /dev/zero never ends), also when a link leads there, and never more than
 * limits.maxFileSize (counted while reading too, in case the file grows meanwhile).
 */
async function readBytes(path: string, name: string, limits: ReadLimits): Promise<Uint8Array> {
  let handle: FileHandle | null = null;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InvalidInput(`atlas: expected a file, found a folder: ${name}`);
    const refuse = (i: Stats) => {
      if (i.isFile()) return;
      const via = lstatSync(path).isSymbolicLink() ? ', reached through a symbolic link' : '';
      throw new InvalidInput(`atlas: cannot read ${name}: ${kindOf(i)}${via}, not a regular file (only regular files are read)`);
    };
    refuse(info);
    if (info.size > limits.maxFileSize) throw limitExceeded(name, 'maxFileSize', info.size, limits);
    // O_NONBLOCK: should the file be swapped for a pipe since stat, opening it still returns at once.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    refuse(await handle.stat());
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(info.size - total + 1, 1 << 16), limits.maxFileSize + 1 - total, 1 << 24));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limits.maxFileSize) throw limitExceeded(name, 'maxFileSize', limits.maxFileSize, limits, true);
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    }
    return new Uint8Array(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InvalidInput(`atlas: no such file or folder: ${name}`, e);
    if (code === 'EACCES' || code === 'EPERM') throw new InvalidInput(`atlas: cannot read ${name}: permission denied`, e);
    if (code === 'ELOOP') throw new InvalidInput(`atlas: cannot read ${name}: too many levels of symbolic links (a link loop)`, e);
    throw new InvalidInput(`atlas: cannot read ${name}: ${(e as Error).message}`, e);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
