import type { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { InvalidInput } from '../../model/errors.ts';
import { toIsoDate } from '../iso-date.ts';
import { itemsToLines } from './pdf-lines.ts';
import type { PdfTextItem } from './pdf-lines.ts';
import type { RawDocument } from './raw-document.ts';
import { loadPdfJs } from './load-pdfjs.ts';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

/** The text layer of a PDF: lines rebuilt from text positions, pages separated by a blank line. */
export async function readPdf(bytes: Uint8Array, path: string): Promise<RawDocument> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy().catch(() => undefined);
    throw openError(e, path);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const i of content.items) if ('str' in i) items.push({ str: i.str, transform: i.transform, width: i.width });
      pages.push(itemsToLines(items).join('\n'));
      page.cleanup();
    }
    const text = pages.join('\n\n');
    if (!text.trim()) throw new InvalidInput(`atlas: cannot read ${path}: no text layer (scanned PDF?)`);
    const { title, created } = await metadata(doc);
    return { text, title, publishedDate: toIsoDate(created) };
  } catch (e) {
    if (e instanceof InvalidInput) throw e;
    throw new InvalidInput(`atlas: cannot read ${path}: damaged PDF (${(e as Error).message})`, e);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

function openError(e: unknown, path: string): InvalidInput {
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return new InvalidInput(`atlas: cannot read ${path}: the PDF is password-protected`, e);
  if (name === 'InvalidPDFException') return new InvalidInput(`atlas: cannot read ${path}: not a valid PDF file`, e);
  return new InvalidInput(`atlas: cannot read ${path}: damaged PDF (${(e as Error)?.message ?? String(e)})`, e);
}

async function metadata(doc: PdfDocument): Promise<{ title: string | null; created: string | null }> {
  try {
    const { info, metadata: xmp } = await doc.getMetadata();
    const fields = (info ?? {}) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
    return {
      title: str(fields.Title) ?? str(xmp?.get('dc:title')),
      created: str(fields.CreationDate) ?? str(xmp?.get('xmp:createdate')),
    };
  } catch {
    return { title: null, created: null }; // metadata is optional; the text is what matters
  }
}
