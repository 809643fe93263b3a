import { createHash } from 'node:crypto';
import type { PartialDate } from '../../../src/model/date.ts';
import type { DocumentInput, Extraction, RunInfo } from '../../../src/model/document.ts';
import type { Alias, Entity, Event, ParticipantRole, Quantity, Relation } from '../../../src/model/facts.ts';
import type { Evidence, Sentence } from '../../../src/model/provenance.ts';

/** Hand-built documents for the analysis tests: every sentence is invented; offsets are computed from the text. */

export const RUN: RunInfo = { extractorVersion: 'analysis-test', rulesVersion: 'r1', startedAt: '2025-01-01T00:00:00.000Z' };

/** Sentences end after . ! ? or a colon, and at every line break. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = text.slice(a, b);
    const start = a + (raw.length - raw.trimStart().length);
    const end = a + raw.trimEnd().length;
    if (end > start) out.push({ index: out.length, start, end });
  };
  for (const m of text.matchAll(/[.!?:](?=\s|$)|\n/g)) {
    const end = m[0] === '\n' ? m.index : m.index + 1;
    push(from, end);
    from = end;
  }
  push(from, text.length);
  return out;
}

type QuantityInput = Partial<Omit<Quantity, keyof Evidence>> & { value: number; kind: string };
type EventInput = { type: string; date: PartialDate; title: string; participants?: [string, ParticipantRole][]; cooperation?: string | null };

export class DocBuilder {
  readonly sentences: Sentence[];
  private readonly x: Extraction;

  constructor(readonly path: string, readonly text: string, readonly title = path) {
    this.sentences = splitSentences(text);
    this.x = { sentences: this.sentences, entities: [], mentions: [], quantities: [], events: [], relations: [], claims: [] };
  }

  /** Evidence for `quote`, searched inside the first occurrence of `within` (default: the whole text), nth hit. */
  span(quote: string, opts: { within?: string; nth?: number } = {}): Evidence {
    const base = opts.within ? this.text.indexOf(opts.within) : 0;
    if (base < 0) throw new Error(`fixture: ${JSON.stringify(opts.within)} not in text`);
    const limit = opts.within ? base + opts.within.length : this.text.length;
    let start = base - 1;
    for (let i = 0; i <= (opts.nth ?? 0); i++) start = this.text.indexOf(quote, start + 1);
    if (start < 0 || start + quote.length > limit) throw new Error(`fixture: ${JSON.stringify(quote)} not found`);
    const s = this.sentences.find((x) => x.start <= start && start < x.end);
    if (!s) throw new Error(`fixture: no sentence holds ${JSON.stringify(quote)}`);
    return { start, end: start + quote.length, quote, sentence: s.index, rule: 'fixture', confidence: 0.9 };
  }

  entity(key: string, type: string, name: string, attributes: Record<string, unknown> = {}, aliases: Alias[] = []): string {
    const e: Entity = { key, type, name, aliases, attributes, source: key.startsWith('gz:') ? 'gazetteer' : 'extracted' };
    this.x.entities.push(e);
    return key;
  }

  /** A mention of the entity at every occurrence of each form. */
  mentions(key: string, ...forms: string[]): this {
    for (const form of forms) {
      for (let i = this.text.indexOf(form); i >= 0; i = this.text.indexOf(form, i + 1)) {
        const s = this.sentences.find((x) => x.start <= i && i < x.end);
        if (s) this.x.mentions.push({ start: i, end: i + form.length, quote: form, sentence: s.index, rule: 'fixture', confidence: 0.9, entityKey: key });
      }
    }
    return this;
  }

  quantity(quote: string, q: QuantityInput, where: { within?: string; nth?: number } = {}): this {
    this.x.quantities.push({
      ...this.span(quote, where),
      low: null, high: null, qualifier: 'exact', unit: null, subject: null, subjectKey: null, holder: null, holderKey: null, date: null, status: null,
      ...q,
    });
    return this;
  }

  event(quote: string, e: EventInput, where: { within?: string; nth?: number } = {}): this {
    const ev: Event = {
      ...this.span(quote, where),
      type: e.type, date: e.date, title: e.title, cooperation: e.cooperation ?? null,
      participants: (e.participants ?? []).map(([entityKey, role]) => ({ entityKey, role })),
    };
    this.x.events.push(ev);
    return this;
  }

  relation(quote: string, subjectKey: string, predicate: string, objectKey: string, extra: Partial<Pick<Relation, 'label' | 'validFrom'>> = {}): this {
    this.x.relations.push({ ...this.span(quote), subjectKey, predicate, objectKey, label: extra.label ?? null, validFrom: extra.validFrom ?? null });
    return this;
  }

  build(): { doc: DocumentInput; extraction: Extraction } {
    const doc: DocumentInput = {
      sourcePath: this.path, title: this.title, format: 'txt', text: this.text,
      byteSize: Buffer.byteLength(this.text, 'utf8'),
      contentHash: createHash('sha256').update(this.text, 'utf8').digest('hex'),
      publishedDate: null,
    };
    return { doc, extraction: this.x };
  }
}
