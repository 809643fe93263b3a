import { z } from 'zod';
import { PartialDate } from './date.ts';
import { Evidence } from './provenance.ts';

/**
 * Type names (PERSON, ORG, agreement, equipment...) are open strings here: the lists live in
 * schema/*.json, so adding a type is a data change. The schema loader checks them at startup.
 */
export const TypeName = z.string().min(1).max(40);

export const AliasKind = z.enum(['name', 'acronym', 'short', 'title', 'surname', 'possessive', 'plural', 'gazetteer', 'demonym']);
export type AliasKind = z.infer<typeof AliasKind>;

export const Alias = z.object({ alias: z.string().min(1), kind: AliasKind });
export type Alias = z.infer<typeof Alias>;

/**
 * A canonical thing named in a document. `key` is stable within an extraction: `gz:<id>` for
 * things the knowledge files know, `x:<TYPE>:<normalized name>` for things found only in text.
 */
export const Entity = z.object({
  key: z.string().min(1),
  type: TypeName,
  name: z.string().min(1),
  aliases: z.array(Alias),
  attributes: z.record(z.string(), z.unknown()),
  source: z.enum(['gazetteer', 'extracted']),
});
export type Entity = z.infer<typeof Entity>;

export const Mention = Evidence.extend({ entityKey: z.string().min(1) });
export type Mention = z.infer<typeof Mention>;

export const Qualifier = z.enum(['exact', 'about', 'up_to', 'at_least', 'more_than', 'less_than', 'some', 'range']);
export type Qualifier = z.infer<typeof Qualifier>;

/** A stated figure. Ranges keep both ends in `low`/`high`; `value` is the figure as stated (the low end of a range). */
export const Quantity = Evidence.extend({
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  kind: TypeName,
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  subjectKey: z.string().nullable(),
  holder: z.string().nullable(),
  holderKey: z.string().nullable(),
  date: PartialDate.nullable(),
  status: z.string().nullable(),
});
export type Quantity = z.infer<typeof Quantity>;

export const ParticipantRole = z.enum(['actor', 'partner', 'target', 'location', 'subject', 'instrument']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const Participant = z.object({ entityKey: z.string().min(1), role: ParticipantRole });
export type Participant = z.infer<typeof Participant>;

export const Event = Evidence.extend({
  type: TypeName,
  /** CAMEO/PLOVER-like kind of cooperation (agree, exercise, train, procure, consult, aid, cooperate) or null. */
  cooperation: z.string().nullable(),
  date: PartialDate,
  title: z.string().min(1),
  participants: z.array(Participant),
});
export type Event = z.infer<typeof Event>;

/** A typed edge between entities: part_of, holds_post, member_of, located_in, supplies... */
export const Relation = Evidence.extend({
  subjectKey: z.string().min(1),
  predicate: z.string().min(1),
  objectKey: z.string().min(1),
  /** Free text that qualifies the edge, e.g. the post held ("Defense Minister"). */
  label: z.string().nullable(),
  validFrom: PartialDate.nullable(),
});
export type Relation = z.infer<typeof Relation>;

/** An attributed statement: a quotation with its speaker, or an assessment attributed to a source. */
export const Claim = Evidence.extend({
  kind: z.enum(['quote', 'attribution']),
  sourceKey: z.string().nullable(),
  text: z.string(),
  date: PartialDate.nullable(),
});
export type Claim = z.infer<typeof Claim>;
