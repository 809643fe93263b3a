import { z } from 'zod';
import type { ReferenceCounts } from './identity.ts';
import { PartialDate } from './date.ts';
import { Alias, ParticipantRole, Qualifier, TypeName } from './facts.ts';

/** Read-side shapes: what the store hands to analyses, the CLI and the API. */

export const Page = z.object({
  limit: z.coerce.number().int().min(1).max(1000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type Page = z.infer<typeof Page>;

export interface Paged<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export const StoredEntity = z.object({
  id: z.number().int(),
  type: TypeName,
  name: z.string(),
  aliases: z.array(Alias),
  attributes: z.record(z.string(), z.unknown()),
  source: z.enum(['gazetteer', 'extracted']),
  mentionCount: z.number().int(),
  documentCount: z.number().int(),
});
export type StoredEntity = z.infer<typeof StoredEntity>;

/** Evidence as stored: which document, which sentence, the exact span, the rule, the run. */
export const StoredEvidence = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  sentence: z.number().int(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  rule: z.string(),
  confidence: z.number(),
});
export type StoredEvidence = z.infer<typeof StoredEvidence>;

export const EntityRef = z.object({ id: z.number().int(), name: z.string(), type: TypeName });
export type EntityRef = z.infer<typeof EntityRef>;

export const StoredMention = StoredEvidence.extend({ entity: EntityRef });
export type StoredMention = z.infer<typeof StoredMention>;

export const StoredQuantity = StoredEvidence.extend({
  value: z.number(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  kind: TypeName,
  unit: z.string().nullable(),
  subject: z.string().nullable(),
  subjectEntity: EntityRef.nullable(),
  holder: z.string().nullable(),
  holderEntity: EntityRef.nullable(),
  date: PartialDate.nullable(),
  status: z.string().nullable(),
});
export type StoredQuantity = z.infer<typeof StoredQuantity>;

export const StoredEvent = StoredEvidence.extend({
  type: TypeName,
  cooperation: z.string().nullable(),
  date: PartialDate,
  title: z.string(),
  participants: z.array(EntityRef.extend({ role: ParticipantRole })),
});
export type StoredEvent = z.infer<typeof StoredEvent>;

export const StoredRelation = StoredEvidence.extend({
  subject: EntityRef,
  predicate: z.string(),
  object: EntityRef,
  label: z.string().nullable(),
  validFrom: PartialDate.nullable(),
});
export type StoredRelation = z.infer<typeof StoredRelation>;

export const StoredClaim = StoredEvidence.extend({
  kind: z.enum(['quote', 'attribution']),
  source: EntityRef.nullable(),
  text: z.string(),
  date: PartialDate.nullable(),
});
export type StoredClaim = z.infer<typeof StoredClaim>;

export const FactKind = z.enum(['mention', 'quantity', 'event', 'relation', 'claim', 'link']);
export type FactKind = z.infer<typeof FactKind>;

/** A fact reference as users type it: m12, q3, e7, r2, c1, l4 (or mention:12 ...). */
export const FactRef = z.object({ kind: FactKind, id: z.number().int().positive() });
export type FactRef = z.infer<typeof FactRef>;

const PREFIX: Record<FactKind, string> = { mention: 'm', quantity: 'q', event: 'e', relation: 'r', claim: 'c', link: 'l' };
export function formatFactRef(ref: FactRef): string {
  return `${PREFIX[ref.kind]}${ref.id}`;
}
export function parseFactRef(s: string): FactRef | null {
  const m = /^(?:(m|q|e|r|c|l)|(mention|quantity|event|relation|claim|link):)(\d+)$/i.exec(s.trim());
  if (!m) return null;
  const byPrefix = Object.entries(PREFIX).find(([, p]) => p === m[1]?.toLowerCase())?.[0];
  const kind = (m[2]?.toLowerCase() ?? byPrefix) as FactKind;
  return { kind, id: Number(m[3]) };
}

export interface StoreStats {
  documents: number;
  sentences: number;
  entities: number;
  entitiesByType: Record<string, number>;
  mentions: number;
  quantities: number;
  events: number;
  relations: number;
  claims: number;
}

export interface SentenceHit {
  documentId: number;
  documentTitle: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The sentence with matched terms wrapped in [[ ]]. */
  snippet: string;
  rank: number;
}

export interface SearchResult {
  sentences: Paged<SentenceHit>;
  entities: StoredEntity[];
}

export interface PutResult {
  documentId: number;
  status: 'added' | 'unchanged' | 'replaced';
  /** For 'replaced': the document whose previous version was replaced (the same id: a document keeps its id across versions). */
  replacedDocumentId: number | null;
  /** The document's version after the put (1 when added). */
  version: number;
  /** For 'replaced': what became of the previous version's fact references. */
  references: ReferenceCounts | null;
}
