import JSZip from 'jszip';
import mammoth from 'mammoth';
import { InvalidInput } from '../../model/errors.ts';
import { toIsoDate } from '../iso-date.ts';
import { limitExceeded, type ReadLimits } from '../limits.ts';
import type { RawDocument } from './raw-document.ts';

/** A Word document's raw text, one paragraph per line; title and creation date from docProps/core.xml. */
export async function readDocx(bytes: Uint8Array, path: string, limits: ReadLimits): Promise<RawDocument> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new InvalidInput(`atlas: cannot read ${path}: not a valid .docx file (not a zip archive)`, e);
  }
  if (!zip.file('word/document.xml')) {
    throw new InvalidInput(`atlas: cannot read ${path}: not a Word document (no word/document.xml in the archive)`);
  }
  await checkExpandedSize(zip, path, limits);
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

// JSZip's streaming inflater (public, though its typings leave it out).
interface InflateStream {
  on(event: 'data', f: (chunk: Uint8Array) => void): InflateStream;
  on(event: 'error', f: (e: Error) => void): InflateStream;
  on(event: 'end', f: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

/**
 * Refuses an archive whose parts expand past limits.maxExpandedSize before anything unpacks it
 * whole: first by the sizes the archive declares, then by inflating it as a stream and counting,
 * since a crafted archive can declare anything.
 */
async function checkExpandedSize(zip: JSZip, path: string, limits: ReadLimits): Promise<void> {
  const entries = Object.values(zip.files).filter((f) => !f.dir);
  let declared = 0;
  for (const f of entries) declared += (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;
  if (declared > limits.maxExpandedSize) throw limitExceeded(path, 'maxExpandedSize', declared, limits);
  let total = 0;
  for (const f of entries) {
    const over = await new Promise<boolean>((resolve, reject) => {
      const stream = (f as unknown as { internalStream(type: 'uint8array'): InflateStream }).internalStream('uint8array');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > limits.maxExpandedSize) {
            stream.pause();
            resolve(true);
          }
        })
        .on('error', (e: Error) => reject(new InvalidInput(`atlas: cannot read ${path}: damaged Word document (${e.message})`, e)))
        .on('end', () => resolve(false))
        .resume();
    });
    if (over) throw limitExceeded(path, 'maxExpandedSize', limits.maxExpandedSize, limits, true);
  }
}
