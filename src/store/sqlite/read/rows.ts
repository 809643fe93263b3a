import type { Selectable } from 'kysely';
import { StoreError } from '../../../model/errors.ts';
import type { DatePrecision, PartialDate } from '../../../model/date.ts';
import type { EntityRef, StoredEvidence } from '../../../model/views.ts';
import type { EvidenceColumns } from '../schema.ts';

/** Row -> view helpers shared by the fact readers. */

export function toEvidence(r: Selectable<EvidenceColumns>): StoredEvidence {
  return {
    id: r.id, documentId: r.document_id, sentence: r.sentence, start: r.start, end: r.end,
    quote: r.quote, rule: r.rule, confidence: r.confidence,
  };
}

export function toDate(start: string | null, end: string | null, precision: string | null): PartialDate | null {
  if (start === null || end === null || precision === null) return null;
  return { start, end, precision: precision as DatePrecision };
}

export function toRef(id: number | null, name: string | null, type: string | null): EntityRef | null {
  if (id === null || name === null || type === null) return null;
  return { id, name, type };
}

export function requireRef(id: number | null, name: string | null, type: string | null): EntityRef {
  const ref = toRef(id, name, type);
  if (!ref) throw new StoreError(`atlas: the store points at entity ${id}, which it does not have`);
  return ref;
}

/** Splits a list for `IN (...)` so no statement exceeds SQLite's bound-parameter limit. */
export function chunks<T>(items: readonly T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
