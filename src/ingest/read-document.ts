import { readFile, stat } from 'node:fs/promises';
import type { DocumentFormat, DocumentInput } from '../model/document.ts';
import { InvalidInput } from '../model/errors.ts';
import { describeSupported, formatOf } from './formats.ts';
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

/** Reads one file into a normalized DocumentInput; every failure is an InvalidInput naming the file. */
export async function readDocument(path: string): Promise<DocumentInput> {
  const format = formatOf(path);
  if (!format) {
    throw new InvalidInput(`atlas: unsupported file format: ${path} (supported: ${describeSupported()})`);
  }
  const bytes = await readBytes(path);
  let raw;
  try {
    raw = await READERS[format](bytes, path);
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    throw new InvalidInput(`atlas: cannot read ${path}: ${(e as Error)?.message ?? String(e)}`, e);
  }
  const text = normalizeText(raw.text);
  // An empty document (an empty file, a page whose text is built by scripts) would land as nothing.
  if (!text) throw new InvalidInput(`atlas: cannot read ${path}: no text found in this ${format} file`);
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

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InvalidInput(`atlas: expected a file, found a folder: ${path}`);
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InvalidInput(`atlas: no such file or folder: ${path}`, e);
    if (code === 'EACCES' || code === 'EPERM') throw new InvalidInput(`atlas: cannot read ${path}: permission denied`, e);
    throw new InvalidInput(`atlas: cannot read ${path}: ${(e as Error).message}`, e);
  }
}
