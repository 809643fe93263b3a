import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPartialDate } from '../../model/date.ts';
import { InvalidInput } from '../../model/errors.ts';
import type { AtlasStore } from '../../store/store.ts';
import { withDb } from '../open-db.ts';
import { reviewedOnlyStore } from '../../analysis/context/reviewed-store.ts';

type Row = Record<string, string | number | null>;

const ALL = 1_000_000;

async function allPages<T>(fetch: (offset: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (;;) {
    const page = await fetch(out.length);
    out.push(...page.items);
    if (page.items.length === 0 || out.length >= page.total) return out;
  }
}

/** The store as flat tables, each fact with its provenance columns (document, sentence, span, quote, rule). */
export async function exportTables(store: AtlasStore): Promise<Record<string, Row[]>> {
  const docs = await allPages((offset) => store.listDocuments({ limit: 1000, offset }));
  const entities = await allPages((offset) => store.listEntities({ limit: 1000, offset }));
  const [mentions, quantities, events] = await Promise.all([
    store.mentions({ limit: ALL }), store.quantities({ limit: ALL }), store.events({ limit: ALL }),
  ]);
  const evidence = (f: { id: number; documentId: number; sentence: number; start: number; end: number; quote: string; rule: string; confidence: number }) => ({
    id: f.id, document_id: f.documentId, sentence: f.sentence, start: f.start, end: f.end, quote: f.quote, rule: f.rule, confidence: f.confidence,
  });
  return {
    documents: docs.map((d) => ({ id: d.id, title: d.title, source_path: d.sourcePath, format: d.format, byte_size: d.byteSize, content_hash: d.contentHash, published_date: d.publishedDate, ingested_at: d.ingestedAt })),
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases.map((a) => a.alias).join('|'), source: e.source, mentions: e.mentionCount, attributes: JSON.stringify(e.attributes) })),
    mentions: mentions.map((m) => ({ ...evidence(m), entity_id: m.entity.id, entity_name: m.entity.name, entity_type: m.entity.type })),
    quantities: quantities.map((q) => ({
      ...evidence(q), value: q.value, low: q.low, high: q.high, qualifier: q.qualifier, kind: q.kind, unit: q.unit,
      subject: q.subject, subject_entity_id: q.subjectEntity?.id ?? null, holder: q.holderEntity?.name ?? q.holder, holder_entity_id: q.holderEntity?.id ?? null,
      date: q.date ? formatPartialDate(q.date) : null, date_precision: q.date?.precision ?? null, status: q.status,
    })),
    events: events.map((ev) => ({
      ...evidence(ev), type: ev.type, cooperation: ev.cooperation, date: formatPartialDate(ev.date), date_start: ev.date.start, date_end: ev.date.end,
      date_precision: ev.date.precision, title: ev.title, participants: ev.participants.map((p) => `${p.name}:${p.role}`).join('|'),
    })),
  };
}

function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: Row[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]);
  return [headers.join(','), ...rows.map((r) => headers.map((h) => csvCell(r[h] ?? null)).join(','))].join('\n') + '\n';
}

/** How many exported facts carry a review (facts added by hand, with negative ids, always do). */
async function reviewedCount(store: AtlasStore, tables: Record<string, Row[]>): Promise<{ facts: number; reviewed: number }> {
  const decided = new Set((await store.reviews({ orphaned: false })).map((r) => `${r.kind}:${r.factId}`));
  let facts = 0;
  let reviewed = 0;
  for (const [table, kind] of [['mentions', 'mention'], ['quantities', 'quantity'], ['events', 'event']] as const) {
    for (const row of tables[table] ?? []) {
      facts++;
      if (Number(row.id) < 0 || decided.has(`${kind}:${row.id}`)) reviewed++;
    }
  }
  return { facts, reviewed };
}

export async function runExport(opts: { db: string; format: string; out: string; json?: boolean; reviewedOnly?: boolean }): Promise<void> {
  if (opts.format !== 'csv' && opts.format !== 'jsonl') throw new InvalidInput(`atlas: --format must be csv or jsonl, found "${opts.format}"`);
  await withDb(opts.db, async (store) => {
    const tables = await exportTables(opts.reviewedOnly ? await reviewedOnlyStore(store) : store);
    const coverage = await reviewedCount(store, tables);
    mkdirSync(opts.out, { recursive: true });
    const written: { file: string; rows: number }[] = [];
    for (const [name, rows] of Object.entries(tables)) {
      const file = join(opts.out, `${name}.${opts.format}`);
      writeFileSync(file, opts.format === 'csv' ? toCsv(rows) : rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
      written.push({ file, rows: rows.length });
    }
    if (opts.json) console.log(JSON.stringify(written, null, 2));
    else {
      for (const w of written) console.log(`${w.file}  ${w.rows} rows`);
      console.log(`${opts.reviewedOnly ? 'reviewed facts only: ' : ''}${coverage.reviewed} of ${coverage.facts} exported facts reviewed`);
    }
  });
}
