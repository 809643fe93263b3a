import { extname } from 'node:path';
import type { DocumentFormat } from '../model/document.ts';

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

export function describeSupported(): string {
  return SUPPORTED_EXTENSIONS.join(', ');
}

/** The document format a file name implies, or null when the atlas cannot read it. */
export function formatOf(path: string): DocumentFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
