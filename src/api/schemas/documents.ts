import { z } from 'zod';
import { StoredDocument } from '../../model/document.ts';
import { Sentence } from '../../model/provenance.ts';
import { EntityRef } from '../../model/views.ts';
import { pagedOf } from './common.ts';

export const DocumentsPage = pagedOf(StoredDocument);

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

export const DocumentDetail = StoredDocument.extend({
  text: z.string(),
  sentences: z.array(Sentence),
  highlights: z.array(Highlight),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

export const UploadResult = z.object({
  filename: z.string(),
  result: z.unknown(),
});
