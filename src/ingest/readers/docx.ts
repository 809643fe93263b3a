import JSZip from 'jszip';
import mammoth from 'mammoth';
import { InvalidInput } from '../../model/errors.ts';
import { toIsoDate } from '../iso-date.ts';
import type { RawDocument } from './raw-document.ts';

/** A Word document's raw text, one paragraph per line; title and creation date from docProps/core.xml. */
export async function readDocx(bytes: Uint8Array, path: string): Promise<RawDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new InvalidInput(`atlas: cannot read ${path}: not a valid .docx file (not a zip archive)`, e);
  }
  if (!zip.file('word/document.xml')) {
    throw new InvalidInput(`atlas: cannot read ${path}: not a Word document (no word/document.xml in the archive)`);
  }
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (e) {
    throw new InvalidInput(`atlas: cannot read ${path}: damaged Word document (${(e as Error).message})`, e);
  }
  const core = await zip.file('docProps/core.xml')?.async('string').catch(() => null);
  return {
    // mammoth ends every paragraph with a blank line; one paragraph per line reads like the other formats.
    text: value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n'),
    title: coreField(core, 'dc:title'),
    publishedDate: toIsoDate(coreField(core, 'dcterms:created')),
  };
}

function coreField(xml: string | null | undefined, tag: string): string | null {
  if (!xml) return null;
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m) return null;
  const value = m[1]
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return value || null;
}
