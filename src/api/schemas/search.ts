import { z } from 'zod';
import { StoredEntity } from '../../model/views.ts';
import { PageQuery, pagedOf, requiredText } from './common.ts';

export const SearchQuery = PageQuery.extend({
  q: requiredText('q'),
  /** Only entities of this type (the type facet). */
  type: z.string().min(1).max(40).optional(),
  /** Only sentences that speak of this year (a dated fact or the year written out). */
  year: z.coerce.number().int().min(1000).max(2999).optional(),
});

export const SentenceHit = z.object({
  documentId: z.number().int(),
  documentTitle: z.string(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  snippet: z.string(),
  rank: z.number(),
  years: z.array(z.number().int()),
});

export const SearchResponse = z.object({
  q: z.string(),
  sentences: pagedOf(SentenceHit),
  entities: z.array(StoredEntity),
  facets: z.object({
    types: z.record(z.string(), z.number().int()),
    years: z.record(z.string(), z.number().int()),
  }),
});
export type SearchResponse = z.infer<typeof SearchResponse>;
