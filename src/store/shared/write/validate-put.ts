import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { DocumentInput, Extraction, RunInfo } from '../../../model/document.ts';
import { StoreError } from '../../../model/errors.ts';
import type { Span } from '../../../model/provenance.ts';
import type { ValidatedPut } from '../../store.ts';

function parse<S extends z.ZodType>(schema: S, value: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const where = issue ? issue.path.map(String).join('.') : '';
  throw new StoreError(`atlas: invalid ${what}${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}`);
}

/**
 * Checks a put at the store's edge: shapes (zod), the content hash, every sentence and fact span
 * against the text, and every entity key a fact points at. Throws StoreError naming the first bad item.
 */
export function validatePut(docIn: unknown, extractionIn: unknown, runIn: unknown): ValidatedPut {
  const doc = parse(DocumentInput, docIn, 'document');
  const extraction = parse(Extraction, extractionIn, 'extraction');
  const run = parse(RunInfo, runIn, 'run info');
  const label = doc.sourcePath;

  const hash = createHash('sha256').update(doc.text, 'utf8').digest('hex');
  if (hash !== doc.contentHash) {
    throw new StoreError(`atlas: contentHash of ${label} is not the sha256 of its normalized text (expected ${hash}, found ${doc.contentHash})`);
  }

  const sentenceIndexes = new Set<number>();
  for (const s of extraction.sentences) {
    if (s.start > s.end || s.end > doc.text.length) {
      throw new StoreError(`atlas: sentence ${s.index} of ${label} has offsets ${s.start}..${s.end} outside the text (length ${doc.text.length})`);
    }
    if (sentenceIndexes.has(s.index)) throw new StoreError(`atlas: sentence index ${s.index} appears twice in ${label}`);
    sentenceIndexes.add(s.index);
  }

  const keys = new Set<string>();
  for (const e of extraction.entities) {
    if (keys.has(e.key)) throw new StoreError(`atlas: entity key ${e.key} appears twice in the extraction of ${label}`);
    keys.add(e.key);
  }

  const checkSpan = (what: string, span: Span & { sentence: number }) => {
    const found = doc.text.slice(span.start, span.end);
    if (span.start > span.end || span.end > doc.text.length || found !== span.quote) {
      throw new StoreError(`atlas: ${what} in ${label} has span ${span.start}..${span.end} reading ${JSON.stringify(found)}, not its quote ${JSON.stringify(span.quote)}`);
    }
    if (!sentenceIndexes.has(span.sentence)) {
      throw new StoreError(`atlas: ${what} in ${label} points at sentence ${span.sentence}, which the extraction does not have`);
    }
  };
  const checkKey = (what: string, key: string | null) => {
    if (key !== null && !keys.has(key)) throw new StoreError(`atlas: ${what} in ${label} points at entity ${key}, which the extraction does not have`);
  };

  extraction.mentions.forEach((m, i) => {
    const what = `mention ${i} (${JSON.stringify(m.quote)}, rule ${m.rule})`;
    checkSpan(what, m);
    checkKey(what, m.entityKey);
  });
  extraction.quantities.forEach((q, i) => {
    const what = `quantity ${i} (${JSON.stringify(q.quote)}, rule ${q.rule})`;
    checkSpan(what, q);
    checkKey(what, q.subjectKey);
    checkKey(what, q.holderKey);
  });
  extraction.events.forEach((e, i) => {
    const what = `event ${i} (${JSON.stringify(e.title)}, rule ${e.rule})`;
    checkSpan(what, e);
    for (const p of e.participants) checkKey(what, p.entityKey);
  });
  extraction.relations.forEach((r, i) => {
    const what = `relation ${i} (${r.subjectKey} ${r.predicate} ${r.objectKey}, rule ${r.rule})`;
    checkSpan(what, r);
    checkKey(what, r.subjectKey);
    checkKey(what, r.objectKey);
  });
  const counts = { quantity: extraction.quantities.length, event: extraction.events.length, mention: extraction.mentions.length };
  (extraction.links ?? []).forEach((l, i) => {
    const what = `link ${i} (${l.type}, rule ${l.rule})`;
    checkSpan(what, l);
    for (const end of [l.from, l.to]) {
      if (end && end.index >= counts[end.kind]) throw new StoreError(`atlas: ${what} in ${label} points at ${end.kind} ${end.index}, which the extraction does not have`);
    }
  });
  extraction.claims.forEach((c, i) => {
    const what = `claim ${i} (${JSON.stringify(c.quote)}, rule ${c.rule})`;
    checkSpan(what, c);
    checkKey(what, c.sourceKey);
  });
  return { doc, extraction, run };
}
