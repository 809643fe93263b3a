import type { AtlasStore } from '../../store/store.ts';

/**
 * The one place analyses touch stored text, and only to show it: the sentence a finding or ledger
 * row quotes, and a document's title. Nothing here looks into the text (test/layers.test.ts holds
 * every other analysis file to that).
 */
export class DisplayText {
  private readonly sentences = new Map<string, string | null>();
  private readonly titles = new Map<number, string | null>();

  constructor(private readonly store: AtlasStore) {}

  async load(refs: Iterable<{ documentId: number; sentence: number }>): Promise<this> {
    const missing = [...new Map([...refs].map((r) => [`${r.documentId}:${r.sentence}`, r])).entries()].filter(([k]) => !this.sentences.has(k));
    // In two batched reads: one query per sentence, and a whole document per title, took seconds for an audit.
    const got = new Map((await this.store.sentenceTexts(missing.map(([, r]) => r))).map((s) => [`${s.documentId}:${s.sentence}`, s.text]));
    for (const [k] of missing) this.sentences.set(k, got.get(k) ?? null);
    const docs = [...new Set(missing.map(([, r]) => r.documentId))].filter((id) => !this.titles.has(id));
    const titles = new Map((await this.store.documentTitles(docs)).map((d) => [d.id, d.title]));
    for (const id of docs) this.titles.set(id, titles.get(id) ?? null);
    return this;
  }

  sentenceText(documentId: number, sentence: number): string | null {
    return this.sentences.get(`${documentId}:${sentence}`) ?? null;
  }

  title(documentId: number): string | null {
    return this.titles.get(documentId) ?? null;
  }
}
