import type { Selectable } from 'kysely';
import { InvalidInput, StoreError } from '../../../model/errors.ts';
import type { DatePrecision, PartialDate } from '../../../model/date.ts';
import { Page, type EntityRef, type StoredEvidence } from '../../../model/views.ts';
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

/** Page bounds from a caller (limit 1..1000, offset >= 0), as InvalidInput when out of range. */
export function parsePage(page: { limit?: unknown; offset?: unknown }): Page {
  const r = Page.safeParse({ limit: page.limit, offset: page.offset });
  if (!r.success) {
    throw new InvalidInput(`atlas: expected limit 1..1000 and offset >= 0, found limit ${String(page.limit)} offset ${String(page.offset)}`);
  }
  return r.data;
}
