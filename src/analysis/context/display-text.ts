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
    const got = await Promise.all(missing.map(([, r]) => this.store.sentence(r.documentId, r.sentence)));
    missing.forEach(([k], i) => this.sentences.set(k, got[i]?.text ?? null));
    const docs = [...new Set(missing.map(([, r]) => r.documentId))].filter((id) => !this.titles.has(id));
    const meta = await Promise.all(docs.map((id) => this.store.getDocument(id)));
    docs.forEach((id, i) => this.titles.set(id, meta[i]?.title ?? null));
    return this;
  }

  sentenceText(documentId: number, sentence: number): string | null {
    return this.sentences.get(`${documentId}:${sentence}`) ?? null;
  }

  title(documentId: number): string | null {
    return this.titles.get(documentId) ?? null;
  }
}
