import type { Sentence } from '../../model/provenance.ts';

/** The paragraph (line) each sentence belongs to: paragraphs are lines in the normalized text. */
export function paragraphIndex(text: string, sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let line = 0;
  let pos = 0;
  for (const s of sentences) {
    while (pos < s.start) {
      const nl = text.indexOf('\n', pos);
      if (nl < 0 || nl >= s.start) break;
      line++;
      pos = nl + 1;
    }
    out.push(line);
  }
  return out;
}
