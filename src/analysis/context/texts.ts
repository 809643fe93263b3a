import type { AtlasStore, DocumentWithText } from '../../store/store.ts';

/** Document texts loaded once per view, so sentence text and neighbouring characters are synchronous. */
export class DocumentTexts {
  private readonly docs = new Map<number, DocumentWithText | null>();

  constructor(private readonly store: AtlasStore) {}

  async load(ids: Iterable<number>): Promise<this> {
    const missing = [...new Set(ids)].filter((id) => !this.docs.has(id));
    const got = await Promise.all(missing.map((id) => this.store.getDocument(id)));
    missing.forEach((id, i) => this.docs.set(id, got[i]));
    return this;
  }

  doc(id: number): DocumentWithText | null {
    return this.docs.get(id) ?? null;
  }

  title(id: number): string | null {
    return this.doc(id)?.title ?? null;
  }

  sentence(docId: number, index: number): { text: string; start: number; end: number } | null {
    const d = this.doc(docId);
    const s = d?.sentences.find((x) => x.index === index);
    return d && s ? { text: d.text.slice(s.start, s.end), start: s.start, end: s.end } : null;
  }

  sentenceText(docId: number, index: number): string | null {
    return this.sentence(docId, index)?.text ?? null;
  }

  /** Text between two offsets of a document ('' when unknown). */
  between(docId: number, start: number, end: number): string {
    const d = this.doc(docId);
    return d && end >= start ? d.text.slice(start, end) : '';
  }
}
