import type { Sentence } from '../../model/provenance.ts';

/** The paragraph (line) each sentence belongs to: paragraphs are lines in the normalized text. */
export function paragraphIndex(text: string, sentences: readonly Sentence[]): number[] {
  const out: number[] = [];
  let line = 0;
  // The next line break not yet counted: each is found once, however long the line.
  let nl = text.indexOf('\n');
  for (const s of sentences) {
    while (nl >= 0 && nl < s.start) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    out.push(line);
  }
  return out;
}
