import { labelPartialDate } from '../../model/date.ts';
import { NotFound, InvalidInput } from '../../model/errors.ts';
import type { StoredEntity } from '../../model/views.ts';
import { sentenceLabel } from '../../model/sentence-number.ts';
import type { AtlasStore } from '../../store/store.ts';
import { formatNumber, printJson, table } from '../format.ts';
import { parseIntOption, withDb } from '../open-db.ts';

interface DbOpts { db: string; json?: boolean }

export async function runStats(opts: DbOpts): Promise<void> {
  await withDb(opts.db, async (store) => {
    const s = await store.stats();
    if (opts.json) return printJson(s);
    const types = Object.entries(s.entitiesByType).map(([t, n]) => `${t} ${n}`).join(', ');
    console.log(`documents  ${s.documents}\nsentences  ${s.sentences}\nentities   ${s.entities}${types ? ` (${types})` : ''}`);
    console.log(`mentions   ${s.mentions}\nquantities ${s.quantities}\nevents     ${s.events}\nrelations  ${s.relations}\nclaims     ${s.claims}`);
  });
}

export async function runEntities(opts: DbOpts & { type?: string; query?: string; limit?: string; offset?: string }): Promise<void> {
  const limit = parseIntOption('--limit', opts.limit, 50, 1, 1000);
  const offset = parseIntOption('--offset', opts.offset, 0);
  await withDb(opts.db, async (store) => {
    const page = await store.listEntities({ type: opts.type?.toUpperCase(), query: opts.query, limit, offset });
    if (opts.json) return printJson(page);
    console.log(table(page.items, [
      { header: 'id', value: (e) => e.id, right: true },
      { header: 'type', value: (e) => e.type },
      { header: 'name', value: (e) => e.name, max: 50 },
      { header: 'aliases', value: (e) => e.aliases.map((a) => a.alias).filter((a) => a !== e.name).join(', '), max: 50 },
      { header: 'mentions', value: (e) => e.mentionCount, right: true },
    ]));
    console.log(`${page.offset + 1}-${page.offset + page.items.length} of ${page.total}`);
  });
}

/** Finds an entity by id or by name/alias; an ambiguous name lists the candidates. */
export async function resolveEntity(store: AtlasStore, ref: string): Promise<StoredEntity> {
  if (/^\d+$/.test(ref)) {
    const e = await store.getEntity(Number(ref));
    if (e) return e;
  }
  const found = await store.findEntities(ref);
  if (found.length === 0) {
    const page = await store.listEntities({ query: ref, limit: 5, offset: 0 });
    const hint = page.items.length ? `; did you mean ${page.items.map((e) => `"${e.name}" (${e.id})`).join(', ')}?` : '';
    throw new NotFound(`atlas: no entity named "${ref}"${hint}`);
  }
  return found.sort((a, b) => b.mentionCount - a.mentionCount)[0];
}

export async function runShow(ref: string, opts: DbOpts): Promise<void> {
  await withDb(opts.db, async (store) => {
    const e = await resolveEntity(store, ref);
    const [mentions, quantities, events, relations] = await Promise.all([
      store.mentions({ entityId: e.id, limit: 200 }),
      store.quantities({ entityId: e.id }),
      store.events({ entityId: e.id }),
      store.relations({ entityId: e.id }),
    ]);
    const sentences = await Promise.all(mentions.map((m) => store.sentence(m.documentId, m.sentence)));
    if (opts.json) {
      return printJson({ entity: e, mentions: mentions.map((m, i) => ({ ...m, sentenceText: sentences[i]?.text ?? null })), quantities, events, relations });
    }
    console.log(`${e.name}  [${e.type}, id ${e.id}]`);
    const aliases = e.aliases.map((a) => a.alias).filter((a) => a !== e.name);
    if (aliases.length) console.log(`aliases: ${aliases.join(', ')}`);
    const attrs = Object.entries(e.attributes).filter(([, v]) => v !== null && v !== undefined && v !== '');
    if (attrs.length) console.log(`attributes: ${attrs.map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('/') : String(v)}`).join(', ')}`);
    console.log(`\nmentions (${mentions.length}):`);
    // Each document's date beside its number: when the sentence was written.
    const shown = mentions.slice(0, 20);
    const dates = new Map<number, string | null>();
    for (const id of new Set(shown.map((m) => m.documentId))) dates.set(id, (await store.getDocument(id))?.publishedDate ?? null);
    const docLabel = (id: number) => `doc ${id}${dates.get(id) ? ` (${dates.get(id)})` : ''}`;
    shown.forEach((m, i) => console.log(`  m${m.id} ${docLabel(m.documentId)} ${sentenceLabel(m.sentence)}: ${sentences[i]?.text.replace(/\s+/g, ' ') ?? m.quote}`));
    if (mentions.length > 20) console.log(`  … ${mentions.length - 20} more (--json for all)`);
    if (quantities.length) {
      console.log(`\nquantities (${quantities.length}):`);
      for (const q of quantities) console.log(`  q${q.id} ${formatNumber(q.value)} ${q.unit ?? ''} ${q.subject ?? ''} — "${q.quote}"`);
    }
    if (events.length) {
      console.log(`\nevents (${events.length}):`);
      for (const ev of events) console.log(`  e${ev.id} ${labelPartialDate(ev.date)} [${ev.type}] ${ev.title}`);
    }
    if (relations.length) {
      console.log(`\nrelations (${relations.length}):`);
      for (const r of relations) console.log(`  r${r.id} ${r.subject.name} —${r.predicate}${r.label ? ` (${r.label})` : ''}→ ${r.object.name}`);
    }
  });
}

export async function runSearch(text: string, opts: DbOpts & { limit?: string; offset?: string }): Promise<void> {
  if (!text.trim()) throw new InvalidInput('atlas: search needs some text');
  const limit = parseIntOption('--limit', opts.limit, 20, 1, 1000);
  const offset = parseIntOption('--offset', opts.offset, 0);
  await withDb(opts.db, async (store) => {
    const r = await store.search(text, { limit, offset });
    if (opts.json) return printJson(r);
    if (r.entities.length) {
      console.log('entities:');
      for (const e of r.entities) console.log(`  ${e.id} ${e.name} [${e.type}]`);
      console.log('');
    }
    console.log(`sentences (${r.sentences.total}):`);
    for (const h of r.sentences.items) console.log(`  doc ${h.documentId} ${sentenceLabel(h.sentence)}: ${h.snippet.replace(/\s+/g, ' ')}`);
  });
}
