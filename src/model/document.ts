import { z } from 'zod';
import { Sentence } from './provenance.ts';
import { Claim, Entity, Event, Mention, Quantity, Relation } from './facts.ts';
import { FactLink } from './links.ts';

export const DocumentFormat = z.enum(['txt', 'md', 'html', 'pdf', 'docx']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/** A document read and normalized (NFC, \n line ends): every offset in the atlas refers to `text`. */
export const DocumentInput = z.object({
  sourcePath: z.string().min(1),
  title: z.string().min(1),
  format: DocumentFormat,
  text: z.string(),
  byteSize: z.number().int().nonnegative(),
  /** sha256 hex of the normalized text. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** ISO date the document was published, when known: the reference date for relative dates. */
  publishedDate: z.string().nullable(),
});
export type DocumentInput = z.infer<typeof DocumentInput>;

export const StoredDocument = DocumentInput.omit({ text: true }).extend({
  /** How the publication date was found: `given` (metadata or --date) or the rule that read it from the text. */
  publishedRule: z.string().nullable().optional(),
  id: z.number().int().positive(),
  /** 1 for the first text stored under this source; each changed re-ingest adds one. */
  version: z.number().int().positive(),
  ingestedAt: z.string(),
  sentenceCount: z.number().int().nonnegative(),
});
export type StoredDocument = z.infer<typeof StoredDocument>;

/** A stretch of a page that is about the page, not its subject: a stamp, a byline's date, furniture. */
export const PageSpan = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
  /** For stamps and datelines: the date they state (YYYY-MM-DD), when it is complete. */
  date: z.string().nullable(),
});
export type PageSpan = z.infer<typeof PageSpan>;

/** What the text says about itself: when it was published (and how that was found), and its page furniture. */
export const DocumentMeta = z.object({
  publishedDate: z.string().nullable(),
  /** `given` when the reader's metadata or `--date` supplied it; otherwise the rule that read it from the text. */
  publishedRule: z.string().nullable(),
  publishedSpan: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
  /** Stamps, datelines and furniture: masked from extraction, shown muted by the reader. */
  pageSpans: z.array(PageSpan),
});
export type DocumentMeta = z.infer<typeof DocumentMeta>;

/** Everything the pipeline found in one document, with document-local entity keys. */
export const Extraction = z.object({
  meta: DocumentMeta.optional(),
  sentences: z.array(Sentence),
  entities: z.array(Entity),
  mentions: z.array(Mention),
  quantities: z.array(Quantity),
  events: z.array(Event),
  relations: z.array(Relation),
  claims: z.array(Claim),
  /** Links between the facts above (optional: extractions written before links existed have none). */
  links: z.array(FactLink).optional(),
});
export type Extraction = z.infer<typeof Extraction>;

/** One extraction run: which extractor and which knowledge produced the facts (W3C PROV wasGeneratedBy). */
export const RunInfo = z.object({
  extractorVersion: z.string(),
  rulesVersion: z.string(),
  startedAt: z.string(),
});
export type RunInfo = z.infer<typeof RunInfo>;
