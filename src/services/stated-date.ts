import type { DocumentInput, Extraction } from '../model/document.ts';

/** A date the page states (stamp, byline, dateline) is the document's date when its metadata gave none. */
export function withStatedDate(doc: DocumentInput, extraction: Extraction): DocumentInput {
  return !doc.publishedDate && extraction.meta?.publishedDate ? { ...doc, publishedDate: extraction.meta.publishedDate } : doc;
}
