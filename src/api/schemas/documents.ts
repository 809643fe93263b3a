import { z } from 'zod';
import { PageSpan, StoredDocument } from '../../model/document.ts';
import { Sentence } from '../../model/provenance.ts';
import { EntityRef } from '../../model/views.ts';
import { pagedOf } from './common.ts';

/** A stored document as the API shows it: its source is a base name or `upload:ID/NAME`, never a server path. */
export const ApiDocument = StoredDocument.extend({
  sourcePath: z.string().min(1).describe('where the text came from: a file\'s base name, or upload:UPLOAD_ID/NAME for an upload; never a path on the server'),
});

export const DocumentsPage = pagedOf(ApiDocument);

/** One highlighted span of the reader: a mention, a quantity or an event, colour-keyed by `type`. */
export const Highlight = z.object({
  ref: z.string(),
  kind: z.enum(['mention', 'quantity', 'event']),
  type: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  sentence: z.number().int(),
  quote: z.string(),
  /** What the span is: the entity's name, "4,000 personnel", the event title. */
  label: z.string(),
  entity: EntityRef.nullable(),
  rule: z.string(),
});
export type Highlight = z.infer<typeof Highlight>;

export const DocumentDetail = ApiDocument.extend({
  text: z.string(),
  sentences: z.array(Sentence),
  /** Stamps, datelines and page furniture (share lines, logos, tickers...): shown muted, never extracted from. */
  pageSpans: z.array(PageSpan),
  highlights: z.array(Highlight),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const UploadResult = z.object({
  uploadId: z.string().describe('this upload\'s own id; its document\'s source is upload:UPLOAD_ID/FILENAME'),
  filename: z.string().describe('the sanitized file name'),
  result: z.object({
    documentId: z.number().int().positive().describe('the new document, or the stored one with the same text'),
    status: z.enum(['added', 'unchanged']).describe('unchanged: a document with the same text is already stored; nothing was written'),
    title: z.string(),
    counts: z.object({ sentences: z.number().int(), entities: z.number().int(), quantities: z.number().int(), events: z.number().int() }).nullable(),
  }),
});
export type UploadResult = z.infer<typeof UploadResult>;

export const HealthResponse = z.object({
  status: z.literal('ok'),
  uptimeSeconds: z.number(),
  ingest: z.object({ running: z.number().int(), queued: z.number().int() }).describe('uploads being extracted (in a worker thread) and waiting'),
  warmUp: z.enum(['off', 'running', 'done', 'failed']).describe('the background warm-up of the common views (in a worker thread)'),
});
