import { z } from 'zod';
import {
  StoredClaim, StoredEvent, StoredMention, StoredQuantity, StoredRelation,
} from '../../model/views.ts';
import { StoredLink } from '../../model/links.ts';
import { IsoBound, PageQuery, Problem } from './common.ts';
import { EventFact } from './entities.ts';
import { ApiDocument } from './documents.ts';

export const FactParams = z.object({
  ref: z.string().regex(/^(?:[mqercl]|mention:|quantity:|event:|relation:|claim:|link:)\d+$/i,
    'expected a fact reference like q12, m3, e7, r2, c1 or l4'),
});

export const FactExplanation = z.object({
  ref: z.string(),
  fact: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('mention'), fact: StoredMention }),
    z.object({ kind: z.literal('quantity'), fact: StoredQuantity }),
    z.object({ kind: z.literal('event'), fact: StoredEvent }),
    z.object({ kind: z.literal('relation'), fact: StoredRelation }),
    z.object({ kind: z.literal('claim'), fact: StoredClaim }),
    z.object({ kind: z.literal('link'), fact: StoredLink }),
  ]),
  sentence: z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() }),
  document: ApiDocument,
});
export type FactExplanation = z.infer<typeof FactExplanation>;

/** The answer to a reference whose fact a later version of its document removed (410, or 308 to its successor). */
export const RemovedFactProblem = Problem.extend({
  ref: z.string().describe('the reference asked for'),
  documentId: z.number().int(),
  removedInVersion: z.number().int().describe('the version of the document that no longer has the fact'),
  quote: z.string().describe('the text the fact quoted'),
  rule: z.string(),
  successor: z.string().nullable().describe('the reference of the fact that took its place (also in Location, with status 308), or null'),
});
export type RemovedFactProblem = z.infer<typeof RemovedFactProblem>;

export const TimelineQuery = z.object({
  from: IsoBound.optional(),
  to: IsoBound.optional(),
  type: z.string().min(1).max(40).optional(),
  /** Events this entity takes part in (entity id). */
  entity: z.coerce.number().int().positive().optional(),
  limit: PageQuery.shape.limit.default(1000),
});

export const TimelineResponse = z.object({
  events: z.array(EventFact),
  types: z.record(z.string(), z.number().int()),
});

export const StatsResponse = z.object({
  documents: z.number().int(),
  sentences: z.number().int(),
  entities: z.number().int(),
  entitiesByType: z.record(z.string(), z.number().int()),
  mentions: z.number().int(),
  quantities: z.number().int(),
  events: z.number().int(),
  relations: z.number().int(),
  claims: z.number().int(),
});
