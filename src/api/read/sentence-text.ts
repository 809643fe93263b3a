import type { AtlasStore, DocumentWithText } from '../../store/store.ts';

/** Reads sentence text for many facts while fetching each document once per request. */
export function sentenceReader(store: AtlasStore) {
  const docs = new Map<number, Promise<DocumentWithText | null>>();
  const doc = (id: number) => {
    let p = docs.get(id);
    if (!p) docs.set(id, (p = store.getDocument(id)));
    return p;
  };
  return {
    doc,
    async text(documentId: number, index: number): Promise<string> {
      const d = await doc(documentId);
      const s = d?.sentences.find((x) => x.index === index);
      return d && s ? d.text.slice(s.start, s.end) : '';
    },
  };
}
