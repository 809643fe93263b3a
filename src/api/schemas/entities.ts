import { z } from 'zod';
import {
  EntityRef, StoredClaim, StoredEntity, StoredEvent, StoredMention, StoredQuantity, StoredRelation,
} from '../../model/views.ts';
import { PageQuery, WithRef, pagedOf } from './common.ts';

export const EntitiesQuery = PageQuery.extend({
  type: z.string().min(1).max(40).optional(),
  q: z.string().min(1).max(200).optional(),
});

export const EntitiesPage = pagedOf(StoredEntity);

export const MentionWithSentence = StoredMention.extend(WithRef.shape).extend({
  sentenceText: z.string(),
  documentTitle: z.string(),
});
export const QuantityFact = StoredQuantity.extend(WithRef.shape);
export const EventFact = StoredEvent.extend(WithRef.shape);
export const RelationFact = StoredRelation.extend(WithRef.shape);
export const ClaimFact = StoredClaim.extend(WithRef.shape);

export const RelatedEntity = EntityRef.extend({
  /** How many sentences mention both, plus stated relations between them. */
  weight: z.number().int(),
  via: z.array(z.enum(['co-mention', 'relation'])),
});

export const EntityDetail = StoredEntity.extend({
  mentions: z.array(MentionWithSentence),
  quantities: z.array(QuantityFact),
  events: z.array(EventFact),
  relations: z.array(RelationFact),
  claims: z.array(ClaimFact),
  related: z.array(RelatedEntity),
});
export type EntityDetail = z.infer<typeof EntityDetail>;
